package com.rootmail.handler.classify;

import static com.rootmail.handler.classify.Rule.Action.OPSITEM;
import static com.rootmail.handler.classify.Rule.Action.SUPPRESS;
import static com.rootmail.handler.classify.Rule.Condition.ALWAYS;
import static com.rootmail.handler.classify.Rule.Condition.AWS_AUTHENTICATED;
import static com.rootmail.handler.classify.Rule.Condition.IMPERSONATION;
import static com.rootmail.handler.classify.Rule.Condition.SPAM;
import static com.rootmail.handler.classify.Rule.Condition.VIRUS;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classification rules, as data, in the order they are tried: the first match wins.
 * To add a kind of mail, add a row before {@code aws-other}.
 *
 * <pre>{@code
 * Rule first = RulesTable.RULES.get(0); // "virus"
 * }</pre>
 */
public final class RulesTable {

    private static final Optional<String> NONE = Optional.empty();

    public static final List<Rule> RULES = List.of(
            row("virus", VIRUS, null, null, OPSITEM, "Virus Detected", "Security", "2"),
            row("impersonation", IMPERSONATION, null, null, OPSITEM,
                    "Suspicious Mail Claiming To Be AWS", "Security", "2"),
            row("password-reset", AWS_AUTHENTICATED,
                    "\\bpassword (?:(?:has been|was) )?(?:assistance|reset|recovery)\\b|\\breset (?:your |the )?(?:root (?:user )?)?password\\b"
                            + "|\\bforgot(?:ten)? (?:your )?password\\b",
                    "\\b(?:to reset your password|password reset link)\\b",
                    OPSITEM, "Password Reset Requested", "Security", "2"),
            row("verification-code", AWS_AUTHENTICATED,
                    "\\bverification code\\b|\\be-?mail (?:address )?verification\\b|\\bverify (?:your )?e-?mail\\b"
                            + "|\\bone[- ]time (?:code|password|passcode)\\b|\\bsecurity code\\b",
                    "\\byour verification code is\\b|\\bverification code:",
                    OPSITEM, "Verification Code Received", "Security", "2"),
            row("mfa-recovery", AWS_AUTHENTICATED,
                    "\\b(?:multi-?factor|mfa|two-factor)\\b.*\\b(?:recover\\w*|reset\\w*|remov\\w*|lost)\\b"
                            + "|\\b(?:recover\\w*|reset\\w*|remov\\w*)\\b.*\\b(?:multi-?factor|mfa)\\b",
                    null, OPSITEM, "MFA Recovery Requested", "Security", "1"),
            row("credentials-exposed", AWS_AUTHENTICATED,
                    "\\b(?:exposed|compromised|leaked)\\b.*\\b(?:keys?|credentials?)\\b"
                            + "|\\b(?:keys?|credentials?)\\b.*\\b(?:exposed|compromised|leaked)\\b",
                    null, OPSITEM, "Exposed Credentials Reported", "Security", "1"),
            row("abuse-report", AWS_AUTHENTICATED, "\\babuse\\b", null, OPSITEM,
                    "Abuse Report Received", "Security", "1"),
            row("account-change", AWS_AUTHENTICATED,
                    "\\be-?mail address (?:change|update)|\\bchange (?:of |to )?(?:your |the )?(?:account |root (?:user )?)?e-?mail\\b"
                            + "|\\baccount\\b.*\\b(?:closure|closed|closing|suspen\\w+|reinstat\\w+)"
                            + "|\\b(?:closure|closed|closing|suspen\\w+|reinstat\\w+).*\\baccount\\b",
                    null, OPSITEM, "Account Change Notice", "Security", "2"),
            row("account-welcome", AWS_AUTHENTICATED,
                    "\\bwelcome to (?:amazon web services|aws)\\b|\\byour aws account is ready\\b",
                    null, SUPPRESS, "", null, null),
            row("billing", AWS_AUTHENTICATED,
                    "\\bbill(?:ing)?\\b|\\binvoices?\\b|\\bpayments?\\b|\\bbudgets?\\b|\\bfree tier\\b",
                    null, OPSITEM, "Billing Notice", "Cost", "3"),
            row("health", AWS_AUTHENTICATED,
                    "\\baws health\\b|\\bscheduled (?:maintenance|retirement|event)\\b|\\bretirement\\b"
                            + "|\\bdeprecat\\w*|\\[action required\\]",
                    null, OPSITEM, "Service Health Notice", "Availability", "3"),
            row("aws-other", AWS_AUTHENTICATED, null, null, OPSITEM, "AWS Notice", null, "3"),
            row("spam", SPAM, null, null, OPSITEM, "Spam Received", null, "4"),
            row("external", ALWAYS, null, null, OPSITEM, "Mail From External Sender", null, "3"));

    static {
        if (new HashSet<>(RULES.stream().map(Rule::id).toList()).size() != RULES.size()) {
            throw new IllegalStateException("rule ids must be unique");
        }
        Rule last = RULES.get(RULES.size() - 1);
        if (last.when() != ALWAYS || last.subject().isPresent()) {
            throw new IllegalStateException("the last rule must match every mail");
        }
    }

    private RulesTable() {
    }

    private static Rule row(String id, Rule.Condition when, String subject, String body, Rule.Action action,
                            String title, String category, String severity) {
        return new Rule(id, when, compile(subject), compile(body), action, title,
                Optional.ofNullable(category), Optional.ofNullable(severity));
    }

    private static Optional<Pattern> compile(String regex) {
        return Optional.ofNullable(regex)
                .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
