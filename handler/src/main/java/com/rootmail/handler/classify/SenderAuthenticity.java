package com.rootmail.handler.classify;

import com.rootmail.handler.mail.ParsedMail.Mailbox;
import java.util.Optional;

/**
 * Whether the sender claims to be AWS and whether SES's verdicts confirm it.
 *
 * @param claimsAws       the From address (or its display name) names an AWS sending domain
 * @param awsAuthenticated the claim holds: DMARC passed, or both DKIM and SPF passed
 */
public record SenderAuthenticity(boolean claimsAws, boolean awsAuthenticated) {

    public SenderAuthenticity {
        if (awsAuthenticated && !claimsAws) {
            throw new IllegalArgumentException("only a sender claiming AWS can be AWS-authenticated");
        }
    }

    /** Judges the From mailbox by SES's verdicts alone; what the sender wrote is only the claim. */
    public static SenderAuthenticity of(Optional<Mailbox> from, Verdicts verdicts) {
        boolean addressIsAws = from.map(m -> AwsSendingDomains.contains(m.domain())).orElse(false);
        boolean nameClaimsAws = from.map(m -> AwsSendingDomains.mentionedIn(m.displayName())
                || m.otherAddresses().stream().anyMatch(AwsSendingDomains::mentionedIn)).orElse(false);
        boolean oneSender = from.map(m -> m.otherAddresses().isEmpty()).orElse(false);
        boolean verdictsConfirm = verdicts.dmarc() == Verdict.PASS
                || (verdicts.dkim() == Verdict.PASS && verdicts.spf() == Verdict.PASS);
        // A display name or a further address claiming AWS claims, but can never authenticate:
        // SES's verdicts speak of one From domain, and we cannot tell which one it judged.
        return new SenderAuthenticity(addressIsAws || nameClaimsAws, addressIsAws && oneSender && verdictsConfirm);
    }
}
