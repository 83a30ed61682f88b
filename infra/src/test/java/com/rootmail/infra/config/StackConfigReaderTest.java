package com.rootmail.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.infra.TestStacks;
import com.rootmail.policy.SesReceiving;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every configuration error names its key and what is allowed; defaults apply otherwise. */
class StackConfigReaderTest {

    static final List<String> SES_RECEIVING_REGIONS = SesReceiving.REGIONS;

    @Test
    void defaultsApplyWhenOnlyTheRequiredKeysAreSet() {
        StackConfig config = read(TestStacks.config());

        assertThat(config.domain()).isEqualTo("aws.mycompany.test");
        assertThat(config.homeRegion()).isEqualTo("eu-central-1");
        assertThat(config.receivingRegion()).isEqualTo("eu-west-1");
        assertThat(config.recipients()).containsExactly("root@aws.mycompany.test");
        assertThat(config.replaceActiveRuleSet()).isFalse();
        assertThat(config.kmsKeyArn()).isEmpty();
        assertThat(config.alarmTopicArn()).isEmpty();
        assertThat(config.opsItemTopicArn()).isEmpty();
        assertThat(config.logRetentionDays()).isEqualTo(90);
        assertThat(config.mailRetentionDays()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void handlerJarDefaultsToTheHandlerModulesBuildRelativeToTheProgramDirectory(@TempDir Path project) throws Exception {
        Path jar = project.resolve("handler/target/rootmail-handler-lambda.jar");
        Files.createDirectories(jar.getParent());
        Files.createFile(jar);
        Map<String, String> config = without("rootmail:handlerJar");

        StackConfig read = StackConfigReader.read(key -> Optional.ofNullable(config.get(key)), project.resolve("infra"));

        assertThat(read.handlerJar()).isEqualTo(jar);
    }

    @Test
    void missingHandlerJarSaysWhatToRunFirst() {
        expectError("rootmail:handlerJar", "/nowhere/rootmail-handler-lambda.jar")
                .hasMessageStartingWith("rootmail:handlerJar: the handler jar /nowhere/rootmail-handler-lambda.jar does not exist")
                .hasMessageContaining("run `mvn -B -DskipTests install` first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "Aws.MyCompany.test", "-aws.mycompany.test", "aws..mycompany.test",
            "aws_mail.mycompany.test", "root@aws.mycompany.test", "aws.mycompany.test."})
    void invalidDomainIsRefusedWithAnExample(String domain) {
        expectError("rootmail:domain", domain)
                .hasMessageStartingWith("rootmail:domain: '" + domain + "' is not a valid domain name")
                .hasMessageContaining("e.g. aws.mycompany.test");
    }

    @Test
    void domainTooLongForRootAddressesIsRefusedWithTheLimit() {
        String domain = "a".repeat(40) + ".test.x";   // 47 characters: root+<alias>@ would pass 64

        expectError("rootmail:domain", domain)
                .hasMessageStartingWith("rootmail:domain: '" + domain + "' is not a valid domain name")
                .hasMessageContaining("at most 46 characters");
    }

    @Test
    void missingDomainIsReported() {
        assertThatThrownBy(() -> read(without("rootmail:domain"))).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("rootmail:domain: not set");
    }

    @Test
    void missingHomeRegionIsReportedWithTheCommandThatSetsIt() {
        assertThatThrownBy(() -> read(without("aws:region"))).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("aws:region: not set")
                .hasMessageContaining("pulumi config set aws:region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"europe", "eu-central", "EU-CENTRAL-1"})
    void homeRegionThatIsNotAnAwsRegionIsRefused(String region) {
        expectError("aws:region", region)
                .hasMessageStartingWith("aws:region: '" + region + "' is not an AWS region")
                .hasMessageContaining("pulumi config set aws:region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-north-1", "us-west-1", "mars-central-1"})
    void regionWithoutSesReceivingIsRefusedListingTheAllowedOnes(String region) {
        expectError("rootmail:receivingRegion", region)
                .hasMessageStartingWith("rootmail:receivingRegion: '" + region + "' is not a region where SES receives mail")
                .hasMessageContaining("allowed: us-east-1, us-east-2, us-west-2, ca-central-1, eu-west-1, eu-west-2, "
                        + "eu-central-1, ap-northeast-1, ap-southeast-1, ap-southeast-2");
    }

    @ParameterizedTest
    @FieldSource("SES_RECEIVING_REGIONS")
    void everySesReceivingRegionIsAccepted(String region) {
        assertThat(read(TestStacks.config("rootmail:receivingRegion", region)).receivingRegion()).isEqualTo(region);
    }

    @Test
    void recipientsMayBeAYamlListOrACommaSeparatedString() {
        assertThat(read(TestStacks.config("rootmail:recipients", "[\"root@aws.mycompany.test\",\"aws@aws.mycompany.test\"]"))
                .recipients()).containsExactly("root@aws.mycompany.test", "aws@aws.mycompany.test");
        assertThat(read(TestStacks.config("rootmail:recipients", "root@aws.mycompany.test, aws.mycompany.test"))
                .recipients()).containsExactly("root@aws.mycompany.test", "aws.mycompany.test");
    }

    @Test
    void recipientsThatAreNeitherAYamlListNorACommaSeparatedStringAreRefused() {
        expectError("rootmail:recipients", "[\"root@aws.mycompany.test\"")
                .hasMessageStartingWith("rootmail:recipients: '[\"root@aws.mycompany.test\"' is not a list of addresses")
                .hasMessageContaining("allowed: a YAML list or a comma-separated string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", ",", " , "})
    void anEmptyRecipientListIsRefusedNamingTheDefault(String recipients) {
        expectError("rootmail:recipients", recipients)
                .hasMessage("rootmail:recipients: the list is empty; default: root@aws.mycompany.test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root@gmail.com", "root@sub.aws.mycompany.test", "mycompany.test", "@aws.mycompany.test"})
    void recipientOutsideTheDomainIsRefused(String recipient) {
        expectError("rootmail:recipients", recipient)
                .hasMessageStartingWith("rootmail:recipients: '" + recipient + "' is not an address of aws.mycompany.test");
    }

    @Test
    void replaceActiveRuleSetMustBeTrueOrFalse() {
        expectError("rootmail:replaceActiveRuleSet", "yes")
                .hasMessage("rootmail:replaceActiveRuleSet: 'yes' is not a boolean; allowed: true, false");
        assertThat(read(TestStacks.config("rootmail:replaceActiveRuleSet", "true")).replaceActiveRuleSet()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "2", "10", "forever"})
    void logRetentionMustBeACloudWatchRetentionPeriod(String days) {
        expectError("rootmail:logRetentionDays", days).hasMessageStartingWith("rootmail:logRetentionDays: ");
    }

    @Test
    void logRetentionErrorListsTheAllowedPeriods() {
        expectError("rootmail:logRetentionDays", "10")
                .hasMessageContaining("10 is not a CloudWatch Logs retention period")
                .hasMessageContaining("[1, 3, 5, 7, 14, 30, 60, 90, 120");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "a year"})
    void mailRetentionMustBeAPositiveNumberOfDays(String days) {
        expectError("rootmail:mailRetentionDays", days).hasMessageStartingWith("rootmail:mailRetentionDays: ");
        assertThat(read(TestStacks.config("rootmail:mailRetentionDays", "1")).mailRetentionDays()).hasValue(1);
    }

    @Test
    void retentionErrorsSayWhetherTheValueIsNoNumberOrTooFewDays() {
        expectError("rootmail:logRetentionDays", "forever")
                .hasMessage("rootmail:logRetentionDays: 'forever' is not a whole number; allowed: a number of days");
        expectError("rootmail:mailRetentionDays", "a year")
                .hasMessage("rootmail:mailRetentionDays: 'a year' is not a whole number; allowed: a number of days");
        expectError("rootmail:mailRetentionDays", "0")
                .hasMessageStartingWith("rootmail:mailRetentionDays: 0 days would delete mail at once")
                .hasMessageContaining("or unset to keep mail forever");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alias/rootmail", "arn:aws:kms:eu-west-1:123456789012:alias/rootmail", "0a1b2c3d"})
    void kmsKeyMustBeAKeyArn(String key) {
        expectError("rootmail:kmsKeyArn", key)
                .hasMessageStartingWith("rootmail:kmsKeyArn: '" + key + "' is not a KMS key ARN");
    }

    @Test
    void topicsMustBeSnsTopicArns() {
        expectError("rootmail:opsItemTopicArn", "ops-topic")
                .hasMessageStartingWith("rootmail:opsItemTopicArn: 'ops-topic' is not an SNS topic ARN");
        expectError("rootmail:alarmTopicArn", "arn:aws:sqs:eu-west-1:123456789012:q")
                .hasMessageStartingWith("rootmail:alarmTopicArn: ");
    }

    @Test
    void alarmTopicMustBeInTheReceivingRegionWhereTheAlarmsAre() {
        expectError("rootmail:alarmTopicArn", "arn:aws:sns:eu-central-1:123456789012:ops")
                .hasMessageContaining("the topic is in eu-central-1")
                .hasMessageContaining("allowed: a topic in the receiving region eu-west-1");
    }

    /** S3, SNS and SQS only take a KMS key of their own region: a key elsewhere fails the deployment late. */
    @Test
    void kmsKeyMustBeInTheReceivingRegionWhereTheBucketTopicAndQueuesAre() {
        expectError("rootmail:kmsKeyArn", "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d")
                .hasMessageContaining("the key is in us-east-1")
                .hasMessageContaining("allowed: a key in the receiving region eu-west-1");
        assertThat(read(TestStacks.config("rootmail:kmsKeyArn", "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d"))
                .kmsKeyArn()).hasValue("arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d");
    }

    /** OpsCenter notifies a topic of the OpsItem's own region, and OpsItems are created in the home region. */
    @Test
    void opsItemTopicMustBeInTheHomeRegionWhereTheOpsItemsAre() {
        expectError("rootmail:opsItemTopicArn", "arn:aws:sns:eu-west-1:123456789012:opsitems")
                .hasMessageContaining("the topic is in eu-west-1")
                .hasMessageContaining("allowed: a topic in the home region eu-central-1");
        assertThat(read(TestStacks.config("rootmail:opsItemTopicArn", "arn:aws:sns:eu-central-1:123456789012:opsitems"))
                .opsItemTopicArn()).isPresent();
    }

    private static StackConfig read(Map<String, String> config) {
        return StackConfigReader.read(key -> Optional.ofNullable(config.get(key)), Path.of(""));
    }

    /** The minimal configuration without {@code key}. */
    private static Map<String, String> without(String key) {
        Map<String, String> config = new HashMap<>(TestStacks.config());
        config.remove(key);
        return config;
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> expectError(String key, String value) {
        return assertThatThrownBy(() -> read(TestStacks.config(key, value)))
                .isInstanceOf(InvalidConfigException.class)
                .satisfies(e -> assertThat(((InvalidConfigException) e).key()).isEqualTo(key));
    }
}
