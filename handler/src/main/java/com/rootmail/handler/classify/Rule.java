package com.rootmail.handler.classify;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of the {@link RulesTable}: when it applies and what becomes of the mail.
 *
 * @param id       stable identifier, part of the output contract
 * @param when     the sender/verdict condition the row needs
 * @param subject  matched against the decoded subject; empty: any subject
 * @param body     matched against the body when the subject does not match; empty: never
 * @param action   create an OpsItem or suppress the mail (it stays in S3)
 * @param title    the OpsItem title's beginning; "" for suppressed mail
 * @param category OpsItem category, if any
 * @param severity OpsItem severity "1" (highest) to "4", empty for suppressed mail
 */
public record Rule(String id, Condition when, Optional<Pattern> subject, Optional<Pattern> body,
                   Action action, String title, Optional<String> category, Optional<String> severity) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        if (action == Action.OPSITEM && (title.isBlank() || severity.isEmpty())) {
            throw new IllegalArgumentException("rule " + id + " creates OpsItems: it needs a title and a severity");
        }
        if (body.isPresent() && subject.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": a body pattern only backs up a subject pattern");
        }
    }

    /** What happens to a mail the rule matches. */
    public enum Action { OPSITEM, SUPPRESS }

    /** The sender/verdict part of a rule's "when". */
    public enum Condition {
        VIRUS, IMPERSONATION, AWS_AUTHENTICATED, SPAM, ALWAYS;

        boolean holds(Verdicts verdicts, SenderAuthenticity sender) {
            return switch (this) {
                case VIRUS -> verdicts.virus() == Verdict.FAIL;
                case IMPERSONATION -> sender.claimsAws() && !sender.awsAuthenticated();
                case AWS_AUTHENTICATED -> sender.awsAuthenticated();
                case SPAM -> verdicts.spam() == Verdict.FAIL;
                case ALWAYS -> true;
            };
        }
    }

    boolean matches(Verdicts verdicts, SenderAuthenticity sender, String subjectText, String bodyText) {
        if (!when.holds(verdicts, sender)) {
            return false;
        }
        if (subject.isEmpty()) {
            return true;
        }
        return subject.get().matcher(subjectText).find()
                || body.map(p -> p.matcher(bodyText).find()).orElse(false);
    }
}
