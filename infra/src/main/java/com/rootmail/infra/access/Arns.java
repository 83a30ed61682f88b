package com.rootmail.infra.access;

/**
 * ARNs the program needs before the resources exist (a receipt rule's ARN is a policy
 * condition of the bucket the rule writes to), or for things it does not create (the
 * handler's secret parameters). Pure string functions.
 *
 * <pre>{@code
 * Arns.receiptRule("eu-west-1", "123456789012", "rootmail-rules", "rootmail-inbound");
 * // arn:aws:ses:eu-west-1:123456789012:receipt-rule-set/rootmail-rules:receipt-rule/rootmail-inbound
 * }</pre>
 */
public final class Arns {

    /** The SSM parameter path the handler writes secrets under (its {@code Secret.parameterName}). */
    public static final String SECRET_PARAMETER_PATH = "/rootmail/secrets/";

    private Arns() {
    }

    public static String receiptRule(String region, String accountId, String ruleSetName, String ruleName) {
        return "arn:aws:ses:%s:%s:receipt-rule-set/%s:receipt-rule/%s".formatted(region, accountId, ruleSetName, ruleName);
    }

    public static String secretParameters(String homeRegion, String accountId) {
        return "arn:aws:ssm:%s:%s:parameter%s*".formatted(homeRegion, accountId, SECRET_PARAMETER_PATH);
    }
}
