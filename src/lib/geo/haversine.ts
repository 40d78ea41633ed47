/** Great-circle distance on plain numbers, for hot loops: the same formula and radius as turf's `distance`. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function haversineKm(a0: number, a1: number, b0: number, b1: number): number {
  const dLat = (b1 - a1) * RAD,
    dLng = (b0 - a0) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a1 * RAD) * Math.cos(b1 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}
