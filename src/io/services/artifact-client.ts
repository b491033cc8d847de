type Client = typeof import('@actions/artifact').DefaultArtifactClient;
let client: Promise<Client> | undefined;

/**
 * @actions/artifact's client, loaded on first use: the toolkit (Azure blob SDK, protobuf, its
 * HTTP stack) is most of the Action's start-up, and only runs that upload pay for it.
 */
export const loadArtifactClient = (): Promise<Client> =>
  (client ??= import('@actions/artifact').then((m) => m.DefaultArtifactClient));
