package com.rootmail.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.infra.plan.Plan;
import com.rootmail.infra.plan.PolicyResources;
import com.rootmail.infra.plan.Registration;
import com.rootmail.policy.PolicyPack;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import com.rootmail.policy.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The whole RootMail policy pack against the real program, run under Pulumi's mocks. */
class RootMailPoliciesTest {

    private static final String KMS_KEY_IN_US_EAST_1 = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void theDefaultStackViolatesNoPolicy() {
        assertThat(check(TestStacks.plan())).isEmpty();
    }

    @Test
    void aStackWithEveryOptionSetViolatesNoPolicy() {
        Plan plan = TestStacks.plan(
                "rootmail:kmsKeyArn", KMS_KEY_IN_US_EAST_1,
                "rootmail:receivingRegion", "us-east-1",
                "rootmail:alarmTopicArn", "arn:aws:sns:us-east-1:123456789012:ops-alarms",
                "rootmail:opsItemTopicArn", "arn:aws:sns:eu-central-1:123456789012:ops-items",
                "rootmail:recipients", "[\"root@aws.mycompany.test\",\"billing@aws.mycompany.test\"]",
                "rootmail:logRetentionDays", "30",
                "rootmail:mailRetentionDays", "400");

        assertThat(plan.single("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2")
                .inputs().toString()).contains(KMS_KEY_IN_US_EAST_1);
        assertThat(check(plan)).isEmpty();
    }

    @Test
    void everyResourcePolicyJudgesSomethingTheProgramRegisters() {
        List<PolicyResource> resources = PolicyResources.of(TestStacks.plan());

        assertThat(PolicyPack.rootMail().policies()).filteredOn(ResourcePolicy.class::isInstance)
                .allSatisfy(policy -> assertThat(resources).as(policy.name())
                        .anyMatch(((ResourcePolicy) policy)::appliesTo));
    }

    @Test
    void aReceiptRuleThatStopsRequiringTlsIsCaught() {
        Plan broken = mutate(TestStacks.plan(), "rootmail-rule", inputs -> put(inputs, "tlsPolicy", "Optional"));

        assertThat(check(broken)).extracting(Violation::policyName).containsExactly("ses-receipt-rule-requires-tls");
    }

    @Test
    void aMailBucketThatIsNoLongerRetainedIsCaught() {
        Plan plan = TestStacks.plan();
        Plan broken = replace(plan, "rootmail-mail", r ->
                new Registration(r.type(), r.name(), r.region(), r.provider(), r.inputs(), Map.of()));

        assertThat(check(broken)).extracting(Violation::policyName).containsExactly("s3-bucket-retained");
    }

    @Test
    void aQueueOnTheDefaultProviderIsCaught() {
        Plan broken = replace(TestStacks.plan(), "rootmail-mail-queue", r ->
                new Registration(r.type(), r.name(), r.region(), "", r.inputs(), r.options()));

        assertThat(check(broken)).singleElement().satisfies(v -> {
            assertThat(v.policyName()).isEqualTo("aws-explicit-provider");
            assertThat(v.urn()).isEqualTo("aws:sqs/queue:Queue::rootmail-mail-queue");
        });
    }

    @Test
    void aHandlerRoleThatMayReadEveryObjectIsCaught() {
        Plan broken = withHandlerPolicy(policy -> policy.replace("\"s3:GetObject\"", "\"s3:Get*\""));

        assertThat(check(broken)).extracting(Violation::message).containsExactly("policy allows the wildcard action s3:Get*");
    }

    @Test
    void aHandlerRoleThatMayReadEveryBucketIsCaught() {
        Plan broken = withHandlerPolicy(policy -> policy.replace("\"arn:aws:s3:::rootmail-mail-placeholder/inbound/*\"", "\"*\""));

        assertThat(check(broken)).extracting(Violation::message)
                .containsExactly("policy allows [s3:GetObject] on every resource (*)");
    }

    @Test
    void aDeadLetterQueueThatForgetsAfterFourDaysIsCaught() {
        Plan broken = mutate(TestStacks.plan(), "rootmail-dead-letters", inputs -> put(inputs, "messageRetentionSeconds", 345600L));

        assertThat(check(broken)).extracting(Violation::policyName).containsExactly("sqs-dead-letter-retention-14-days");
    }

    private static List<Violation> check(Plan plan) {
        return PolicyPack.rootMail().check(PolicyResources.of(plan));
    }

    private static Plan withHandlerPolicy(UnaryOperator<String> change) {
        Plan plan = TestStacks.plan();
        String policy = (String) plan.single("aws:iam/rolePolicy:RolePolicy").inputs().get("policy");
        return mutate(plan, "rootmail-handler-policy", inputs -> put(inputs, "policy", change.apply(policy)));
    }

    private static Plan mutate(Plan plan, String name, UnaryOperator<Map<String, Object>> change) {
        return replace(plan, name, r -> new Registration(r.type(), r.name(), r.region(), r.provider(),
                change.apply(new LinkedHashMap<>(r.inputs())), r.options()));
    }

    private static Plan replace(Plan plan, String name, UnaryOperator<Registration> change) {
        List<Registration> resources = plan.resources().stream()
                .map(r -> r.name().equals(name) ? change.apply(r) : r)
                .toList();
        assertThat(resources).isNotEqualTo(plan.resources());
        return new Plan(resources, plan.outputs());
    }

    private static Map<String, Object> put(Map<String, Object> inputs, String key, Object value) {
        inputs.put(key, value);
        return inputs;
    }
}
