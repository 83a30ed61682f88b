package com.rootmail.handler.classify;

import com.rootmail.handler.mail.ParsedMail;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Applies the rules table to a parsed mail and SES's verdicts. Pure: no I/O, no clock.
 *
 * <pre>{@code
 * Classification c = new Classifier().classify(mail, notification.verdicts());
 * }</pre>
 */
public final class Classifier {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Rule> rules;

    /** Classifies by {@link RulesTable#RULES}. */
    public Classifier() {
        this(RulesTable.RULES);
    }

    Classifier(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Classification classify(ParsedMail mail, Verdicts verdicts) {
        SenderAuthenticity sender = SenderAuthenticity.of(mail.from(), verdicts);
        // Folded headers and HTML-derived text break phrases over lines; rules see one space.
        String subject = WHITESPACE.matcher(mail.subject()).replaceAll(" ");
        String body = WHITESPACE.matcher(mail.body().text()).replaceAll(" ");
        return rules.stream()
                .filter(rule -> rule.matches(verdicts, sender, subject, body))
                .findFirst()
                .map(rule -> new Classification(rule, sender))
                .orElseThrow(() -> new IllegalStateException("no rule matched: the table lacks a last catch-all row"));
    }
}
