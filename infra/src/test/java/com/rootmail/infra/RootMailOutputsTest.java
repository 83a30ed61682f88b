package com.rootmail.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.infra.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stack outputs: what the user needs after {@code pulumi up}. */
class RootMailOutputsTest {

    static final List<String> NAME_SERVERS = List.of("ns-1.awsdns-placeholder.org", "ns-2.awsdns-placeholder.co.uk",
            "ns-3.awsdns-placeholder.com", "ns-4.awsdns-placeholder.net");

    static Plan plan;

    @BeforeAll
    static void planTheDefaultStack() {
        plan = TestStacks.plan();
    }

    @Test
    void outputsAreExactlyTheDocumentedOnes() {
        assertThat(plan.outputs()).containsOnlyKeys("domain", "nameServers", "delegationRecord", "homeRegion",
                "receivingRegion", "bucketName", "queueUrl", "deadLetterQueueUrl", "functionName", "ruleSetName",
                "exampleRootEmail");
    }

    @Test
    void outputsNameTheDomainRegionsAndWhatWasCreated() {
        assertThat(plan.outputs())
                .containsEntry("domain", TestStacks.DOMAIN)
                .containsEntry("nameServers", NAME_SERVERS)
                .containsEntry("homeRegion", TestStacks.HOME)
                .containsEntry("receivingRegion", TestStacks.RECEIVING)
                .containsEntry("bucketName", "rootmail-mail-placeholder")
                .containsEntry("queueUrl", "https://sqs.eu-west-1.amazonaws.com/123456789012/rootmail-mail-queue-placeholder")
                .containsEntry("deadLetterQueueUrl",
                        "https://sqs.eu-west-1.amazonaws.com/123456789012/rootmail-dead-letters-placeholder")
                .containsEntry("functionName", "rootmail-handler-placeholder")
                .containsEntry("ruleSetName", "rootmail-rules");
    }

    @Test
    void delegationRecordIsTheNsRecordSetForTheParentZone() {
        assertThat(plan.outputs().get("delegationRecord")).isEqualTo(String.join("\n",
                "aws.mycompany.test. 172800 IN NS ns-1.awsdns-placeholder.org.",
                "aws.mycompany.test. 172800 IN NS ns-2.awsdns-placeholder.co.uk.",
                "aws.mycompany.test. 172800 IN NS ns-3.awsdns-placeholder.com.",
                "aws.mycompany.test. 172800 IN NS ns-4.awsdns-placeholder.net."));
    }

    @Test
    void exampleRootEmailIsAPlusAddressOfTheFirstRecipient() {
        assertThat(plan.outputs().get("exampleRootEmail")).isEqualTo("root+a2b3c4d5e6f7@aws.mycompany.test");
        assertThat(TestStacks.plan("rootmail:recipients", "aws@" + TestStacks.DOMAIN).outputs().get("exampleRootEmail"))
                .isEqualTo("aws+a2b3c4d5e6f7@aws.mycompany.test");
    }

    /** A recipient may be the bare domain (SES then takes every address of it): the example is a root address. */
    @Test
    void exampleRootEmailOfADomainRecipientIsARootPlusAddress() {
        assertThat(RootMail.exampleAddress(TestStacks.DOMAIN, TestStacks.DOMAIN))
                .isEqualTo("root+a2b3c4d5e6f7@aws.mycompany.test");
    }
}
