package com.rootmail.policy.rules;

import static com.rootmail.policy.EnforcementLevel.MANDATORY;

import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import com.rootmail.policy.SesReceiving;
import java.util.List;
import java.util.Set;

/** How SES receives RootMail's mail: only over TLS, always scanned, in a receiving region. */
final class SesRules {

    static final String RECEIPT_RULE = "aws:ses/receiptRule:ReceiptRule";
    static final String RULE_SET = "aws:ses/receiptRuleSet:ReceiptRuleSet";
    static final String ACTIVE_RULE_SET = "aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet";

    private SesRules() {
    }

    static List<Policy> all() {
        return List.of(
                new ResourcePolicy("ses-receipt-rule-requires-tls",
                        "SES accepts root mail only over TLS (tlsPolicy Require).",
                        MANDATORY, Set.of(RECEIPT_RULE), rule -> Checks.equal(rule, "Require", "tlsPolicy")),
                new ResourcePolicy("ses-receipt-rule-scans-mail",
                        "SES scans every root mail for spam and viruses (scanEnabled).",
                        MANDATORY, Set.of(RECEIPT_RULE), rule -> Checks.equal(rule, true, "scanEnabled")),
                new ResourcePolicy("ses-receiving-region",
                        "Receipt rules live in a region where SES can receive mail: " + String.join(", ", SesReceiving.REGIONS) + ".",
                        MANDATORY, Set.of(RECEIPT_RULE, RULE_SET, ACTIVE_RULE_SET), SesRules::inReceivingRegion));
    }

    private static List<String> inReceivingRegion(PolicyResource resource) {
        if (resource.region().isEmpty()) {
            return List.of("its region is unknown: register it with an explicit provider that sets one");
        }
        return Checks.unless(SesReceiving.isReceivingRegion(resource.region()),
                resource.region() + " is not a region where SES receives mail");
    }
}
