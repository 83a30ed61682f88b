package com.rootmail.infra.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.infra.TestStacks;
import com.rootmail.policy.PolicyResource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyResourcesTest {

    private final List<PolicyResource> resources = PolicyResources.of(TestStacks.plan());

    @Test
    void aResourceKeepsItsTypeNameRegionInputsAndProvidersName() {
        PolicyResource rule = named("rootmail-rule");

        assertThat(rule.type()).isEqualTo("aws:ses/receiptRule:ReceiptRule");
        assertThat(rule.urn()).isEqualTo("aws:ses/receiptRule:ReceiptRule::rootmail-rule");
        assertThat(rule.region()).isEqualTo("eu-west-1");
        assertThat(rule.provider()).isEqualTo("rootmail-receiving");
        assertThat(rule.property("tlsPolicy")).contains("Require");
    }

    @Test
    void placeholderOutputsJoinTheInputsSoReferencesResolve() {
        PolicyResource deadLetters = named("rootmail-dead-letters");

        assertThat(deadLetters.id()).isEqualTo("rootmail-dead-letters-id");
        assertThat(deadLetters.property("arn")).contains("arn:aws:sqs:eu-west-1:123456789012:rootmail-dead-letters-placeholder");
        assertThat(named("rootmail-mail-queue").property("redrivePolicy").orElseThrow().toString())
                .contains("rootmail-dead-letters-placeholder");
    }

    @Test
    void retainOnDeleteIsKnownForEveryResource() {
        assertThat(named("rootmail-mail").retainOnDelete()).isEqualTo(Optional.of(true));
        assertThat(named("rootmail-mail-queue").retainOnDelete()).isEqualTo(Optional.of(false));
    }

    @Test
    void theComponentHasNoProviderAndNoRegion() {
        PolicyResource component = named("rootmail");

        assertThat(component.provider()).isEmpty();
        assertThat(component.region()).isEmpty();
        assertThat(component.isAwsResource()).isFalse();
    }

    @Test
    void theProvidersNameIsTheLastPartOfItsUrnBeforeTheId() {
        assertThat(PolicyResources.providerName(
                "urn:pulumi:dev::rootmail::rootmail:index:RootMail$pulumi:providers:aws::rootmail-home::rootmail-home-id"))
                .isEqualTo("rootmail-home");
        assertThat(PolicyResources.providerName("")).isEmpty();
    }

    private PolicyResource named(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
