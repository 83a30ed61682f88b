package com.rootmail.infra.config;

import java.util.List;

/**
 * The AWS regions where Amazon SES can receive mail: the one list the program, the
 * configuration checks and the documentation refer to.
 *
 * <pre>{@code
 * if (!SesReceivingRegions.contains("eu-west-1")) { ... }
 * }</pre>
 */
public final class SesReceivingRegions {

    /** In the order AWS documents them; shown in error messages as the allowed values. */
    public static final List<String> ALL = List.of(
            "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "eu-west-1", "eu-west-2",
            "eu-central-1", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2");

    private SesReceivingRegions() {
    }

    public static boolean contains(String region) {
        return ALL.contains(region);
    }
}
