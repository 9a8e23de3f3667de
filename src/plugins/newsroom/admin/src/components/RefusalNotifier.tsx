/**
 * Where the schedule's refusal notifications are asked for on every admin
 * page: Strapi 5 gives a plugin no component of its own on every page, but
 * it renders each menu link's icon on every page of the signed-in admin. The
 * plugin's menu icons are therefore its own icons plus this hook (which asks
 * once per load and user, however many icons mount).
 */
import type { ComponentType, SVGProps } from 'react';
import { useRefusalNotifications } from './schedule/useRefusalNotifications';

type Icon = ComponentType<SVGProps<SVGSVGElement>>;

export const withRefusalNotifications = (Icon: Icon): Icon => {
  const NotifyingIcon = (props: SVGProps<SVGSVGElement>) => {
    useRefusalNotifications();
    return <Icon {...props} />;
  };
  NotifyingIcon.displayName = `WithRefusalNotifications(${Icon.displayName ?? Icon.name})`;
  return NotifyingIcon;
};
