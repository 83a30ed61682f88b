package com.rootmail.infra.delegation;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderAssumeRoleArgs;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.rootmail.infra.Placement;
import com.rootmail.infra.dns.DelegationRecord;
import java.util.List;
import java.util.Optional;

/**
 * The optional automatic delegation: when the parent zone is a Route53 zone the stack may
 * write to ({@code rootmail:parentZoneId}), the program adds the NS records itself, through
 * a provider that assumes {@code rootmail:parentZoneRoleArn} when the parent zone lives in
 * another account.
 *
 * <pre>{@code
 * ParentZoneDelegation.create(placement, settings, "aws.mycompany.test", zone.nameServers(), "eu-central-1", profile);
 * }</pre>
 */
public final class ParentZoneDelegation {

    private ParentZoneDelegation() {}

    /** @return the NS record in the parent zone, or empty when no parent zone is configured */
    public static Optional<Record> create(Placement placement, DelegationSettings settings, String domain,
            Output<List<String>> nameServers, String homeRegion, Optional<String> awsProfile) {
        return settings.parentZoneId().map(zoneId -> new Record(placement.child("delegation"), RecordArgs.builder()
                .zoneId(zoneId)
                .name(domain)
                .type("NS")
                .ttl(DelegationRecord.TTL_SECONDS)
                .records(nameServers)
                // NS records someone already put there are a decision to look at, not to overwrite.
                .allowOverwrite(false)
                .build(), CustomResourceOptions.builder()
                        .parent(placement.parent())
                        .provider(provider(placement, settings, homeRegion, awsProfile))
                        .build()));
    }

    private static ProviderResource provider(Placement placement, DelegationSettings settings, String homeRegion,
            Optional<String> awsProfile) {
        return settings.parentZoneRoleArn().<ProviderResource>map(roleArn -> {
            ProviderArgs.Builder args = ProviderArgs.builder()
                    .region(homeRegion)
                    .assumeRole(ProviderAssumeRoleArgs.builder()
                            .roleArn(roleArn)
                            .sessionName("rootmail-delegation")
                            .build());
            awsProfile.ifPresent(args::profile);
            return new Provider(placement.child("parent-zone"), args.build(),
                    CustomResourceOptions.builder().parent(placement.parent()).build());
        }).orElse(placement.homeProvider());
    }
}
