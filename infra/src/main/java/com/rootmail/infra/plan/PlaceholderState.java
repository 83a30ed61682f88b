package com.rootmail.infra.plan;

import java.util.List;
import java.util.Map;

/**
 * The outputs AWS would compute for a resource, as obvious placeholders: names end in
 * {@code -placeholder}, the account is {@link PlaceholderMocks#ACCOUNT_ID}.
 */
final class PlaceholderState {

    private PlaceholderState() {
    }

    static void add(Map<String, Object> state, String type, String name, String region, String account) {
        String service = type.startsWith("aws:") ? type.substring(4, type.indexOf('/')) : "none";
        String physical = physicalName(state, name);
        state.putIfAbsent("name", physical);
        state.putIfAbsent("arn", "arn:aws:%s:%s:%s:%s".formatted(service, region, account, physical));
        switch (type) {
            case "aws:route53/zone:Zone" -> {
                state.put("zoneId", "Z0PLACEHOLDER");
                state.put("nameServers", List.of("ns-1.awsdns-placeholder.org", "ns-2.awsdns-placeholder.co.uk",
                        "ns-3.awsdns-placeholder.com", "ns-4.awsdns-placeholder.net"));
            }
            case "aws:ses/domainIdentity:DomainIdentity" -> state.put("verificationToken", "placeholder-verification-token");
            case "aws:ses/domainDkim:DomainDkim" ->
                    state.put("dkimTokens", List.of("placeholderdkim1", "placeholderdkim2", "placeholderdkim3"));
            case "aws:s3/bucketV2:BucketV2" -> {
                state.put("bucket", physical);
                state.put("arn", "arn:aws:s3:::" + physical);
            }
            case "aws:sqs/queue:Queue" ->
                    state.put("url", "https://sqs.%s.amazonaws.com/%s/%s".formatted(region, account, physical));
            case "aws:iam/role:Role" -> state.put("arn", "arn:aws:iam::%s:role/%s".formatted(account, physical));
            case "aws:cloudwatch/logGroup:LogGroup" ->
                    state.put("arn", "arn:aws:logs:%s:%s:log-group:%s".formatted(region, account, physical));
            case "aws:lambda/function:Function" -> {
                state.put("arn", "arn:aws:lambda:%s:%s:function:%s".formatted(region, account, physical));
                state.put("version", "1");
                state.put("qualifiedArn", state.get("arn") + ":1");
            }
            case "aws:lambda/alias:Alias" -> state.put("arn", "arn:aws:lambda:%s:%s:function:%s:%s"
                    .formatted(region, account, state.get("functionName"), state.get("name")));
            default -> {
                // the generic name and ARN are enough
            }
        }
    }

    /** The name AWS would know the resource by: as given, else completed the way auto-naming would. */
    private static String physicalName(Map<String, Object> inputs, String resourceName) {
        if (inputs.get("name") instanceof String given) {
            return given;
        }
        if (inputs.get("namePrefix") instanceof String prefix) {
            return prefix + "placeholder";
        }
        return resourceName + "-placeholder";
    }
}
