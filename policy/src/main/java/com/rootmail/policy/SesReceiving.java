package com.rootmail.policy;

import java.util.List;

/**
 * Facts about SES email receiving that the program and its policies share: the regions
 * where SES can receive mail and the key prefix under which SES stores RootMail's mail.
 * The one place these live; the program reads them from here.
 *
 * <pre>{@code
 * if (!SesReceiving.isReceivingRegion("eu-west-1")) { ... }
 * }</pre>
 */
public final class SesReceiving {

    /** In the order AWS documents them; shown in error messages as the allowed values. */
    public static final List<String> REGIONS = List.of(
            "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "eu-west-1", "eu-west-2",
            "eu-central-1", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2");

    /** SES writes each mail to {@code <bucket>/inbound/<messageId>} and nowhere else. */
    public static final String MAIL_PREFIX = "inbound/";

    private SesReceiving() {
    }

    public static boolean isReceivingRegion(String region) {
        return REGIONS.contains(region);
    }
}
