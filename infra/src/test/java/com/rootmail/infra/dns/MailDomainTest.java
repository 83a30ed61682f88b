package com.rootmail.infra.dns;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.rootmail.infra.TestStacks;
import com.rootmail.infra.delegation.DelegationGate;
import com.rootmail.infra.plan.Plan;
import com.rootmail.infra.plan.Registration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The zone's records and the verification that waits for the delegation. */
class MailDomainTest {

    @Test
    void zoneIsForTheConfiguredDomain() {
        assertThat(TestStacks.plan().single("aws:route53/zone:Zone").inputs()).containsEntry("name", TestStacks.DOMAIN);
    }

    @Test
    void sesVerificationTokenIsPublishedAsTxt() {
        assertThat(record(TestStacks.plan(), "TXT").get(0).inputs())
                .containsEntry("name", "_amazonses." + TestStacks.DOMAIN)
                .containsEntry("records", List.of("placeholder-verification-token"))
                .containsEntry("zoneId", "Z0PLACEHOLDER");
    }

    @Test
    void easyDkimPublishesOneCnamePerToken() {
        assertThat(record(TestStacks.plan(), "CNAME")).extracting(r -> r.inputs().get("name"), r -> r.inputs().get("records"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("placeholderdkim1._domainkey." + TestStacks.DOMAIN,
                                List.of("placeholderdkim1.dkim.amazonses.com")),
                        org.assertj.core.groups.Tuple.tuple("placeholderdkim2._domainkey." + TestStacks.DOMAIN,
                                List.of("placeholderdkim2.dkim.amazonses.com")),
                        org.assertj.core.groups.Tuple.tuple("placeholderdkim3._domainkey." + TestStacks.DOMAIN,
                                List.of("placeholderdkim3.dkim.amazonses.com")));
    }

    @Test
    void verificationGetsItsDomainFromTheGateWithTheZonesNameServers() {
        var gate = new RecordingGate();

        Plan plan = TestStacks.plan(gate);

        assertThat(gate.calls).containsExactly(TestStacks.DOMAIN + " " + List.of("ns-1.awsdns-placeholder.org",
                "ns-2.awsdns-placeholder.co.uk", "ns-3.awsdns-placeholder.com", "ns-4.awsdns-placeholder.net"));
        assertThat(plan.single("aws:ses/domainIdentityVerification:DomainIdentityVerification").inputs())
                .containsEntry("domain", RecordingGate.RELEASED);
    }

    @Test
    void verificationGivesUpOnlyWhenSesDoes() {
        assertThat(TestStacks.plan().single("aws:ses/domainIdentityVerification:DomainIdentityVerification").options())
                .containsEntry("createTimeout", "PT72H");
    }

    @Test
    void delegationRecordIsOneAbsoluteNsLinePerNameServer() {
        assertThat(DelegationRecord.text("aws.mycompany.test", List.of("ns-1.example.org", "ns-2.example.net.")))
                .isEqualTo("aws.mycompany.test. 172800 IN NS ns-1.example.org.\n"
                        + "aws.mycompany.test. 172800 IN NS ns-2.example.net.");
    }

    private static List<Registration> record(Plan plan, String type) {
        return plan.ofType("aws:route53/record:Record").stream().filter(r -> type.equals(r.inputs().get("type"))).toList();
    }

    /** Records what the component hands to the gate, and releases a marker so its use is visible. */
    static final class RecordingGate implements DelegationGate {
        static final String RELEASED = "released-by-gate.test";
        final List<String> calls = new ArrayList<>();

        @Override
        public Output<String> liveDomain(Output<String> domain, Output<List<String>> nameServers) {
            return Output.tuple(domain, nameServers).applyValue(t -> {
                synchronized (calls) {
                    calls.add(t.t1 + " " + t.t2);
                }
                return RELEASED;
            });
        }
    }
}
