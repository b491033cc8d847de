// The light build octokit's throttling plugin itself loads (no Redis clustering): the same
// class as the package's main entry, whose types it shares.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
