package com.rootmail.infra;

import static com.rootmail.infra.RootMailSecurityTest.texts;
import static com.rootmail.infra.TestStacks.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rootmail.handler.opsitem.Secret;
import com.rootmail.infra.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The handler's role, parsed from the policy documents the program registers. */
class HandlerRoleTest {

    static final String KMS_KEY = RootMailSecurityTest.KMS_KEY;

    static Plan plan;
    static JsonNode policy;

    @BeforeAll
    static void planTheDefaultStack() {
        plan = TestStacks.plan();
        policy = handlerPolicy(plan);
    }

    @Test
    void everyStatementAllowsAndNamesActionsWithoutWildcards() {
        assertThat(policy.path("Statement")).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
            assertThat(texts(statement.path("Action"))).isNotEmpty()
                    .allSatisfy(action -> assertThat(action).doesNotContain("*").matches("[a-z0-9]+:[A-Za-z]+"));
            assertThat(statement.has("NotAction")).isFalse();
            assertThat(statement.has("NotResource")).isFalse();
        });
    }

    @Test
    void everyResourceIsScopedToRootMailsOwnBucketQueueLogsOrHomeRegionItems() {
        assertThat(allResources(policy)).containsExactlyInAnyOrder(
                "arn:aws:s3:::rootmail-mail-placeholder/inbound/*",
                "arn:aws:sqs:eu-west-1:123456789012:rootmail-mail-queue-placeholder",
                "arn:aws:logs:eu-west-1:123456789012:log-group:/rootmail/rootmail/handler-placeholder:*",
                "*",
                "arn:aws:ssm:eu-central-1:123456789012:parameter/rootmail/secrets/*");
    }

    @Test
    void handlerMayOnlyReadStoredMailNotWriteOrDeleteIt() {
        assertThat(actionsOn(policy, "arn:aws:s3:::rootmail-mail-placeholder/inbound/*")).containsExactly("s3:GetObject");
    }

    @Test
    void opsItemsAndSecretParametersAreOnlyInTheHomeRegion() {
        assertThat(actionsOn(policy, "arn:aws:ssm:eu-central-1:123456789012:parameter/rootmail/secrets/*"))
                .containsExactly("ssm:PutParameter");
        assertThat(allResources(policy)).filteredOn(r -> r.startsWith("arn:aws:ssm:"))
                .allSatisfy(r -> assertThat(r).startsWith("arn:aws:ssm:" + TestStacks.HOME + ":"));
        assertThat(statementFor(policy, "ssm:CreateOpsItem").at("/Condition/StringEquals/aws:RequestedRegion").asText())
                .isEqualTo(TestStacks.HOME);
    }

    /**
     * CreateOpsItem supports no resource-level permissions (the Service Authorization
     * Reference lists no resource type for it): a statement naming an opsitem ARN never
     * matches, and every CreateOpsItem would be denied. "*" is the only resource that works;
     * aws:RequestedRegion keeps it to the home region.
     */
    @Test
    void createOpsItemIsGrantedOnTheOnlyResourceItSupportsAndNothingElseIs() {
        JsonNode statement = statementFor(policy, "ssm:CreateOpsItem");
        assertThat(texts(statement.path("Action"))).containsExactly("ssm:CreateOpsItem");
        assertThat(texts(statement.path("Resource"))).containsExactly("*");
        assertThat(actionsOn(policy, "*")).containsExactly("ssm:CreateOpsItem");
    }

    @Test
    void theHandlersSecretParametersAreInsideTheGrantedPathAndOtherRootmailParametersAreNot() {
        String granted = "arn:aws:ssm:eu-central-1:123456789012:parameter/rootmail/secrets/";
        assertThat(texts(statementFor(policy, "ssm:PutParameter").path("Resource"))).containsExactly(granted + "*");
        String secretParameter = new Secret("reset-link-1", "x").parameterName("0000abcd");
        assertThat("arn:aws:ssm:eu-central-1:123456789012:parameter" + secretParameter).startsWith(granted);
    }

    @Test
    void handlerConsumesOnlyItsQueue() {
        assertThat(actionsOn(policy, "arn:aws:sqs:eu-west-1:123456789012:rootmail-mail-queue-placeholder"))
                .containsExactlyInAnyOrder("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
                        "sqs:ChangeMessageVisibility");
    }

    @Test
    void handlerMayDecryptOnlyWithTheConfiguredCustomerKey() {
        assertThat(allResources(policy)).noneMatch(r -> r.contains(":kms:"));

        JsonNode withKey = handlerPolicy(TestStacks.plan("rootmail:kmsKeyArn", KMS_KEY));
        assertThat(actionsOn(withKey, KMS_KEY)).containsExactly("kms:Decrypt");
    }

    @Test
    void onlyLambdaOnBehalfOfThisAccountMayAssumeTheRole() {
        JsonNode trust = json(plan.single("aws:iam/role:Role").inputs().get("assumeRolePolicy"));
        assertThat(trust.path("Statement")).hasSize(1);
        JsonNode statement = trust.path("Statement").get(0);
        assertThat(statement.at("/Principal/Service").asText()).isEqualTo("lambda.amazonaws.com");
        assertThat(statement.path("Action").asText()).isEqualTo("sts:AssumeRole");
        assertThat(statement.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo("123456789012");
    }

    @Test
    void roleHasNoManagedPoliciesBesidesItsOwnInlinePolicy() {
        assertThat(plan.single("aws:iam/role:Role").inputs()).doesNotContainKeys("managedPolicyArns", "inlinePolicies");
        assertThat(plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")).isEmpty();
        assertThat(plan.single("aws:iam/rolePolicy:RolePolicy").inputs()).containsEntry("role", "rootmail-handler-role-id");
    }

    private static JsonNode handlerPolicy(Plan plan) {
        return json(plan.single("aws:iam/rolePolicy:RolePolicy").inputs().get("policy"));
    }

    private static JsonNode statementFor(JsonNode policy, String action) {
        for (JsonNode statement : policy.path("Statement")) {
            if (texts(statement.path("Action")).contains(action)) {
                return statement;
            }
        }
        throw new AssertionError("no statement grants " + action);
    }

    private static List<String> allResources(JsonNode policy) {
        List<String> resources = new ArrayList<>();
        policy.path("Statement").forEach(s -> resources.addAll(texts(s.path("Resource"))));
        return resources;
    }

    private static List<String> actionsOn(JsonNode policy, String resource) {
        List<String> actions = new ArrayList<>();
        policy.path("Statement").forEach(s -> {
            if (texts(s.path("Resource")).contains(resource)) {
                actions.addAll(texts(s.path("Action")));
            }
        });
        return actions;
    }
}
