// The admin panel in Chinese (Simplified) as well as English; editors pick theirs in their profile.
export default {
  config: {
    locales: ['zh-Hans'],
  },
  bootstrap() {},
};
