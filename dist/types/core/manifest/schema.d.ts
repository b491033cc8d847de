import * as z from 'zod';
import { DURATION, OCI_STORE, PERCENT } from './patterns.js';
export { DURATION, OCI_STORE, PERCENT };
/**
 * The manifest format, once: the validator parses with these schemas and
 * `schema/lepton.schema.json` is generated from them. Cross-key rules (stage
 * order) live in `rules.ts`; value rules that need a custom message are
 * refinements here so they appear next to the key they check.
 */
/**
 * Whether a path climbs above where it starts with `..`, or is absolute. Manifest paths may
 * climb as long as they stay in the repository: that is checked against the tree
 * (rules.ts `pathsLeavingRepo`), where the repository's top level is known.
 */
export declare function pathEscapes(p: string): boolean;
export declare const thresholdSchema: z.ZodObject<{
    min: z.ZodOptional<z.ZodNumber>;
    max: z.ZodOptional<z.ZodNumber>;
    max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    level: z.ZodOptional<z.ZodEnum<{
        error: "error";
        warn: "warn";
    }>>;
}, z.core.$strict>;
/** An eval threshold may also say how to treat a break inside the noise (contract §11). */
export declare const evalThresholdSchema: z.ZodObject<{
    noise: z.ZodOptional<z.ZodEnum<{
        warn: "warn";
        off: "off";
    }>>;
    min: z.ZodOptional<z.ZodNumber>;
    max: z.ZodOptional<z.ZodNumber>;
    max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    level: z.ZodOptional<z.ZodEnum<{
        error: "error";
        warn: "warn";
    }>>;
}, z.core.$strict>;
export declare const partSchema: z.ZodObject<{
    paths: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export declare const evalSchema: z.ZodObject<{
    command: z.ZodString;
    workdir: z.ZodOptional<z.ZodString>;
    metrics: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>;
    paths: z.ZodOptional<z.ZodArray<z.ZodString>>;
    timeout: z.ZodOptional<z.ZodString>;
    env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
    samples: z.ZodOptional<z.ZodString>;
    min_samples: z.ZodOptional<z.ZodNumber>;
    thresholds: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        noise: z.ZodOptional<z.ZodEnum<{
            warn: "warn";
            off: "off";
        }>>;
        min: z.ZodOptional<z.ZodNumber>;
        max: z.ZodOptional<z.ZodNumber>;
        max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        level: z.ZodOptional<z.ZodEnum<{
            error: "error";
            warn: "warn";
        }>>;
    }, z.core.$strict>>>;
    shards: z.ZodOptional<z.ZodNumber>;
    merge: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodEnum<{
        mean: "mean";
        sum: "sum";
        min: "min";
        max: "max";
    }>>>;
}, z.core.$strict>;
export declare const monitorSchema: z.ZodObject<{
    prometheus: z.ZodOptional<z.ZodString>;
    queries: z.ZodRecord<z.ZodString, z.ZodString>;
    thresholds: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        min: z.ZodOptional<z.ZodNumber>;
        max: z.ZodOptional<z.ZodNumber>;
        max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        level: z.ZodOptional<z.ZodEnum<{
            error: "error";
            warn: "warn";
        }>>;
    }, z.core.$strict>>>;
    rollback: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
/** Contract §7: how a version reaches the stage, run after its promotion (and a rollback). */
export declare const deploySchema: z.ZodObject<{
    command: z.ZodString;
    timeout: z.ZodOptional<z.ZodString>;
    environment: z.ZodOptional<z.ZodString>;
    url: z.ZodOptional<z.ZodString>;
    rollback_on_failure: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const stageSchema: z.ZodUnion<readonly [z.ZodNull, z.ZodObject<{
    after: z.ZodOptional<z.ZodString>;
    thresholds: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        min: z.ZodOptional<z.ZodNumber>;
        max: z.ZodOptional<z.ZodNumber>;
        max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        level: z.ZodOptional<z.ZodEnum<{
            error: "error";
            warn: "warn";
        }>>;
    }, z.core.$strict>>>;
    monitor: z.ZodOptional<z.ZodObject<{
        prometheus: z.ZodOptional<z.ZodString>;
        queries: z.ZodRecord<z.ZodString, z.ZodString>;
        thresholds: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
            min: z.ZodOptional<z.ZodNumber>;
            max: z.ZodOptional<z.ZodNumber>;
            max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            level: z.ZodOptional<z.ZodEnum<{
                error: "error";
                warn: "warn";
            }>>;
        }, z.core.$strict>>>;
        rollback: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    deploy: z.ZodOptional<z.ZodObject<{
        command: z.ZodString;
        timeout: z.ZodOptional<z.ZodString>;
        environment: z.ZodOptional<z.ZodString>;
        url: z.ZodOptional<z.ZodString>;
        rollback_on_failure: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
}, z.core.$strict>]>;
export declare const versioningSchema: z.ZodObject<{
    first: z.ZodOptional<z.ZodString>;
    bump: z.ZodOptional<z.ZodObject<{
        components: z.ZodOptional<z.ZodEnum<{
            major: "major";
            minor: "minor";
            patch: "patch";
            none: "none";
        }>>;
        data: z.ZodOptional<z.ZodEnum<{
            major: "major";
            minor: "minor";
            patch: "patch";
            none: "none";
        }>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const manifestSchema: z.ZodObject<{
    version: z.ZodLiteral<1>;
    model: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    components: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        paths: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    data: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        paths: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    eval: z.ZodObject<{
        command: z.ZodString;
        workdir: z.ZodOptional<z.ZodString>;
        metrics: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>;
        paths: z.ZodOptional<z.ZodArray<z.ZodString>>;
        timeout: z.ZodOptional<z.ZodString>;
        env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
        samples: z.ZodOptional<z.ZodString>;
        min_samples: z.ZodOptional<z.ZodNumber>;
        thresholds: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
            noise: z.ZodOptional<z.ZodEnum<{
                warn: "warn";
                off: "off";
            }>>;
            min: z.ZodOptional<z.ZodNumber>;
            max: z.ZodOptional<z.ZodNumber>;
            max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            level: z.ZodOptional<z.ZodEnum<{
                error: "error";
                warn: "warn";
            }>>;
        }, z.core.$strict>>>;
        shards: z.ZodOptional<z.ZodNumber>;
        merge: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodEnum<{
            mean: "mean";
            sum: "sum";
            min: "min";
            max: "max";
        }>>>;
    }, z.core.$strict>;
    artifacts: z.ZodOptional<z.ZodObject<{
        paths: z.ZodArray<z.ZodString>;
        store: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    stages: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodNull, z.ZodObject<{
        after: z.ZodOptional<z.ZodString>;
        thresholds: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
            min: z.ZodOptional<z.ZodNumber>;
            max: z.ZodOptional<z.ZodNumber>;
            max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            level: z.ZodOptional<z.ZodEnum<{
                error: "error";
                warn: "warn";
            }>>;
        }, z.core.$strict>>>;
        monitor: z.ZodOptional<z.ZodObject<{
            prometheus: z.ZodOptional<z.ZodString>;
            queries: z.ZodRecord<z.ZodString, z.ZodString>;
            thresholds: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
                min: z.ZodOptional<z.ZodNumber>;
                max: z.ZodOptional<z.ZodNumber>;
                max_drop: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                max_rise: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                level: z.ZodOptional<z.ZodEnum<{
                    error: "error";
                    warn: "warn";
                }>>;
            }, z.core.$strict>>>;
            rollback: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        deploy: z.ZodOptional<z.ZodObject<{
            command: z.ZodString;
            timeout: z.ZodOptional<z.ZodString>;
            environment: z.ZodOptional<z.ZodString>;
            url: z.ZodOptional<z.ZodString>;
            rollback_on_failure: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
    }, z.core.$strict>]>>>;
    versioning: z.ZodOptional<z.ZodObject<{
        first: z.ZodOptional<z.ZodString>;
        bump: z.ZodOptional<z.ZodObject<{
            components: z.ZodOptional<z.ZodEnum<{
                major: "major";
                minor: "minor";
                patch: "patch";
                none: "none";
            }>>;
            data: z.ZodOptional<z.ZodEnum<{
                major: "major";
                minor: "minor";
                patch: "patch";
                none: "none";
            }>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type RawManifest = z.infer<typeof manifestSchema>;
/** The keys each mapping accepts, by a path pattern (`*` for a user-chosen name): used for "did you mean". */
export declare const KNOWN_KEYS: ReadonlyArray<readonly [RegExp, readonly string[]]>;
