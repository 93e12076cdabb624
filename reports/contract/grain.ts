import { Type, type Static } from 'typebox';
import { GRAINS } from './grain-names.js';

export { GRAINS } from './grain-names.js';
export const Grain = Type.Enum(GRAINS);
export type Grain = Static<typeof Grain>;
