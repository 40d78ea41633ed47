// The compact payload of an incidents file (scripts/incident-payload.ts): its address.
declare module '*.geojson?payload' {
  const url: string;
  export default url;
}
