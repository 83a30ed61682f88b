package com.rootmail.handler.classify;

import java.util.Objects;

/**
 * The verdict on one mail: which rule matched and whether the sender is AWS.
 *
 * <pre>{@code
 * Classification c = new Classifier().classify(mail, verdicts);
 * if (c.rule().action() == Rule.Action.SUPPRESS) { ... }
 * }</pre>
 */
public record Classification(Rule rule, SenderAuthenticity sender) {

    public Classification {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sender, "sender");
    }

    /** The rule id: part of the output contract. */
    public String id() {
        return rule.id();
    }

    /** Whether the mail is AWS-authenticated. */
    public boolean trusted() {
        return sender.awsAuthenticated();
    }
}
