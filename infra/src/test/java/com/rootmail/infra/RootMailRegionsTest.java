package com.rootmail.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.infra.plan.Plan;
import com.rootmail.infra.plan.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which region every resource lands in, and that none of them uses the default provider. */
class RootMailRegionsTest {

    /** Route53 and IAM are global; they go through the home provider. */
    static final Set<String> HOME_TYPES = Set.of(
            "aws:route53/zone:Zone", "aws:route53/record:Record", "aws:iam/role:Role", "aws:iam/rolePolicy:RolePolicy");

    static Plan plan;

    @BeforeAll
    static void planTheDefaultStack() {
        plan = TestStacks.plan();
    }

    @Test
    void theTwoProvidersAreForTheHomeAndTheReceivingRegion() {
        assertThat(plan.ofType(Registration.AWS_PROVIDER_TYPE))
                .extracting(Registration::name, Registration::region)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rootmail-home", TestStacks.HOME),
                        org.assertj.core.groups.Tuple.tuple("rootmail-receiving", TestStacks.RECEIVING));
    }

    @Test
    void planListsResourcesInTheOrderTheProgramBuildsThem() {
        assertThat(plan.resources()).extracting(Registration::name).startsWith(
                "rootmail", "rootmail-home", "rootmail-receiving", "rootmail-zone", "rootmail-identity",
                "rootmail-verification-txt", "rootmail-dkim", "rootmail-dkim-1", "rootmail-dkim-2", "rootmail-dkim-3",
                "rootmail-mx", "rootmail-verification", "rootmail-mail");
        assertThat(plan.resources()).last().extracting(Registration::name).isEqualTo("rootmail-handler-errors-alarm");
    }

    @Test
    void zoneRecordsAndTheHandlerRoleUseTheHomeProvider() {
        List<Registration> home = awsResources(plan).stream().filter(r -> HOME_TYPES.contains(r.type())).toList();
        assertThat(home).hasSize(8).allSatisfy(r -> assertThat(r.region()).as(r.name()).isEqualTo(TestStacks.HOME));
    }

    @Test
    void everythingThatReceivesOrProcessesMailIsInTheReceivingRegion() {
        List<Registration> receiving = awsResources(plan).stream().filter(r -> !HOME_TYPES.contains(r.type())).toList();
        assertThat(receiving).extracting(Registration::type).contains(
                "aws:ses/domainIdentity:DomainIdentity", "aws:ses/domainDkim:DomainDkim",
                "aws:ses/domainIdentityVerification:DomainIdentityVerification", "aws:s3/bucketV2:BucketV2",
                "aws:sns/topic:Topic", "aws:sqs/queue:Queue", "aws:lambda/function:Function",
                "aws:ses/receiptRuleSet:ReceiptRuleSet", "aws:ses/receiptRule:ReceiptRule",
                "aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet", "aws:cloudwatch/metricAlarm:MetricAlarm");
        assertThat(receiving).allSatisfy(r -> assertThat(r.region()).as(r.name()).isEqualTo(TestStacks.RECEIVING));
    }

    @Test
    void noAwsResourceUsesTheDefaultProvider() {
        assertThat(awsResources(plan)).hasSize(33)
                .allSatisfy(r -> assertThat(r.hasExplicitProvider()).as(r.name() + " via " + r.provider()).isTrue());
    }

    @Test
    void anotherReceivingRegionMovesEverythingThatReceivesAndTheMx() {
        Plan usEast = TestStacks.plan("rootmail:receivingRegion", "us-east-1");

        Map<String, Long> regions = awsResources(usEast).stream()
                .filter(r -> !HOME_TYPES.contains(r.type()))
                .collect(Collectors.groupingBy(Registration::region, Collectors.counting()));
        assertThat(regions).containsOnlyKeys("us-east-1");
        assertThat(mx(usEast).inputs()).containsEntry("records", List.of("10 inbound-smtp.us-east-1.amazonaws.com"));
    }

    @Test
    void mxPointsToSesInboundInTheReceivingRegion() {
        assertThat(mx(plan).inputs())
                .containsEntry("name", TestStacks.DOMAIN)
                .containsEntry("records", List.of("10 inbound-smtp.eu-west-1.amazonaws.com"));
    }

    static List<Registration> awsResources(Plan plan) {
        return plan.resources().stream().filter(Registration::isAwsResource).toList();
    }

    private static Registration mx(Plan plan) {
        return plan.ofType("aws:route53/record:Record").stream()
                .filter(r -> "MX".equals(r.inputs().get("type"))).findFirst().orElseThrow();
    }
}
