// Each e2e file boots Strapi with its admin panel and drives headless Chromium through whole flows.
jest.setTimeout(240_000);
