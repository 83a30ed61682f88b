package com.rootmail.infra.dns;

import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.Zone;
import com.pulumi.aws.route53.ZoneArgs;
import com.pulumi.aws.ses.DomainDkim;
import com.pulumi.aws.ses.DomainDkimArgs;
import com.pulumi.aws.ses.DomainIdentity;
import com.pulumi.aws.ses.DomainIdentityArgs;
import com.pulumi.aws.ses.DomainIdentityVerification;
import com.pulumi.aws.ses.DomainIdentityVerificationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomTimeouts;
import com.rootmail.infra.Placement;
import com.rootmail.infra.delegation.DelegationGate;
import java.time.Duration;
import java.util.List;

/**
 * The RootMail domain: its Route53 zone, the SES identity in the receiving region with
 * its verification TXT record, Easy DKIM CNAMEs and the MX record, and the verification
 * that waits for the parent zone's delegation (through the {@link DelegationGate}).
 *
 * <pre>{@code
 * MailDomain domain = new MailDomain(placement, "aws.mycompany.test", "eu-west-1", gate);
 * domain.nameServers();   // what the parent zone must delegate to
 * }</pre>
 */
public final class MailDomain {

    /** Easy DKIM always gives three tokens. */
    static final int DKIM_TOKENS = 3;
    static final int TTL_SECONDS = 600;
    /** SES gives up on an unverified domain after 72 hours; waiting longer is pointless. */
    static final Duration VERIFICATION_TIMEOUT = Duration.ofHours(72);

    private final Zone zone;

    public MailDomain(Placement placement, String domain, String receivingRegion, DelegationGate gate) {
        this.zone = new Zone(placement.child("zone"), ZoneArgs.builder()
                .name(domain)
                .comment("RootMail: root-user mail of the organization's AWS accounts")
                .build(), placement.home());
        var identity = new DomainIdentity(placement.child("identity"), DomainIdentityArgs.builder()
                .domain(domain)
                .build(), placement.receiving());

        var verificationRecord = record(placement, "verification-txt", Output.of("_amazonses." + domain), "TXT",
                identity.verificationToken().applyValue(List::of));
        var dkim = new DomainDkim(placement.child("dkim"), DomainDkimArgs.builder()
                .domain(identity.domain())
                .build(), placement.receiving());
        for (int i = 0; i < DKIM_TOKENS; i++) {
            int index = i;
            Output<String> token = dkim.dkimTokens().applyValue(tokens -> tokens.get(index));
            record(placement, "dkim-" + (i + 1), token.applyValue(t -> t + "._domainkey." + domain), "CNAME",
                    token.applyValue(t -> List.of(t + ".dkim.amazonses.com")));
        }
        record(placement, "mx", Output.of(domain), "MX", Output.of(List.of(mailExchanger(receivingRegion))));

        // Verification succeeds only once the world can resolve the TXT record, that is
        // once the parent zone delegates to this zone: the gate holds the domain back until then.
        new DomainIdentityVerification(placement.child("verification"), DomainIdentityVerificationArgs.builder()
                        .domain(gate.liveDomain(zone.name(), zone.nameServers()))
                        .build(),
                placement.receivingBuilder(identity, verificationRecord)
                        .customTimeouts(CustomTimeouts.builder().create(VERIFICATION_TIMEOUT).build())
                        .build());
    }

    /** The MX value: SES's inbound endpoint of the receiving region. */
    private static String mailExchanger(String receivingRegion) {
        return "10 inbound-smtp." + receivingRegion + ".amazonaws.com";
    }

    public Output<List<String>> nameServers() {
        return zone.nameServers();
    }

    private Record record(Placement placement, String suffix, Output<String> name, String type, Output<List<String>> values) {
        return new Record(placement.child(suffix), RecordArgs.builder()
                .zoneId(zone.zoneId())
                .name(name)
                .type(type)
                .ttl(TTL_SECONDS)
                .records(values)
                .build(), placement.home());
    }
}
