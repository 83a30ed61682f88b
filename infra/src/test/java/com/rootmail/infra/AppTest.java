package com.rootmail.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import com.rootmail.infra.config.InvalidConfigException;
import com.rootmail.infra.plan.PlaceholderMocks;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The program itself, as {@code pulumi up} runs it: stack configuration in, component out. */
class AppTest {

    @AfterEach
    void cleanUp() {
        PulumiTest.cleanup();
    }

    @Test
    void programReadsPulumiConfigAndRegistersTheComponentWithItsResources() {
        var mocks = new PlaceholderMocks();

        TestResult result = run(mocks, TestStacks.config("rootmail:receivingRegion", "us-east-1"));

        assertThat(result.exceptions()).isEmpty();
        assertThat(mocks.registrations()).filteredOn(r -> r.type().equals(RootMail.TYPE))
                .singleElement().extracting(r -> r.name()).isEqualTo(App.NAME);
        assertThat(mocks.registrations()).anySatisfy(r -> assertThat(r.region()).isEqualTo("us-east-1"));
        assertThat(result.outputs()).containsKey("exampleRootEmail");
    }

    @Test
    void everyResourceIsAChildOfTheRootMailComponent() {
        TestResult result = run(new PlaceholderMocks(), TestStacks.config());

        assertThat(result.resources()).hasSizeGreaterThan(30)
                .filteredOn(resource -> !(resource instanceof RootMail))
                .filteredOn(resource -> !resource.pulumiResourceType().equals("pulumi:pulumi:Stack"))
                .allSatisfy(resource -> assertThat(PulumiTest.extractValue(resource.urn()))
                        .contains("::rootmail::pulumi:pulumi:Stack$" + RootMail.TYPE + "$"));
    }

    @Test
    void badConfigStopsTheProgramBeforeAnyResourceWithTheKeyInTheMessage() {
        var mocks = new PlaceholderMocks();

        TestResult result = run(mocks, TestStacks.config("rootmail:receivingRegion", "eu-north-1"));

        assertThat(result.exceptions()).filteredOn(InvalidConfigException.class::isInstance).first()
                .extracting(Throwable::getMessage).asString()
                .startsWith("rootmail:receivingRegion: 'eu-north-1' is not a region where SES receives mail");
        assertThat(mocks.registrations()).isEmpty();
    }

    private static TestResult run(PlaceholderMocks mocks, Map<String, String> config) {
        return PulumiTestInternal.builder()
                .options(TestOptions.builder().projectName("rootmail").stackName("test").build())
                .mocks(mocks)
                .config(config)
                .standardLogger(PulumiTestInternal.logger(Level.OFF))
                .build()
                .runTest(App.program(Path.of(""), new PassThroughDelegationGate()));
    }
}
