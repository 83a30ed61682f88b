package com.rootmail.infra.address.pulumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.Context;
import com.pulumi.aws.organizations.Account;
import com.pulumi.aws.organizations.AccountArgs;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RootEmailsTest {

    private static final String SEED = "0123456789abcdef0123456789abcdef";
    private static final String DOMAIN = "aws.mycompany.test";

    private final List<Mocks.ResourceArgs> registered = new CopyOnWriteArrayList<>();

    @AfterEach
    void cleanUp() {
        PulumiTest.cleanup();
    }

    @Test
    void anAccountGetsItsDerivedAddressAsASecret() throws Exception {
        var email = new CompletableFuture<Output<String>>();

        run(Map.of("rootmail:aliasSeed", SEED), ctx -> {
            Output<String> address = RootEmails.fromConfig(ctx.config("rootmail"), DOMAIN).forAccount("Payments Prod");
            new Account("payments", AccountArgs.builder().name("Payments Prod").email(address).build());
            email.complete(address);
        }).throwOnError();

        assertThat(PulumiTest.extractValue(email.get())).isEqualTo("root+rs7agzulww32@aws.mycompany.test");
        assertThat(Internal.of(email.get()).isSecret().get()).isTrue();
        assertThat(registered).filteredOn(r -> r.type.equals("aws:organizations/account:Account"))
                .singleElement().satisfies(account -> assertThat(account.inputs)
                        .containsEntry("email", "root+rs7agzulww32@aws.mycompany.test"));
    }

    @Test
    void theAddressStaysTheSameFromOneUpToTheNext() throws Exception {
        assertThat(addressAfterAnUp("Payments Prod")).isEqualTo(addressAfterAnUp("Payments Prod"))
                .isNotEqualTo(addressAfterAnUp("Payments Dev"));
    }

    @Test
    void aMissingSeedStopsTheProgramSayingHowToCreateIt() {
        TestResult result = run(Map.of(), ctx -> RootEmails.fromConfig(ctx.config("rootmail"), DOMAIN));

        // Pulumi reports the program's exception both bare and wrapped in a CompletionException.
        assertThat(result.exceptions()).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).endsWith(
                "the stack setting rootmail:aliasSeed is missing; create it once per stack with:"
                        + " pulumi config set --secret rootmail:aliasSeed \"$(openssl rand -hex 32)\""));
        assertThat(registered).isEmpty();
    }

    @Test
    void aWeakSeedStopsTheProgram() {
        TestResult result = run(Map.of("rootmail:aliasSeed", "changeme"),
                ctx -> RootEmails.fromConfig(ctx.config("rootmail"), DOMAIN));

        assertThat(result.exceptions()).isNotEmpty().allSatisfy(e -> assertThat(e.toString())
                .contains("rootmail:aliasSeed is too weak").contains("at least 32"));
    }

    private String addressAfterAnUp(String account) throws Exception {
        var email = new CompletableFuture<Output<String>>();
        run(Map.of("rootmail:aliasSeed", SEED),
                ctx -> email.complete(RootEmails.fromConfig(ctx.config("rootmail"), DOMAIN).forAccount(account)))
                .throwOnError();
        String value = PulumiTest.extractValue(email.get());
        PulumiTest.cleanup();
        return value;
    }

    // PulumiTest.withMocks takes stack config only from the environment; the internal
    // builder takes it as a map, which is how pulumi-java's own tests pass config.
    private TestResult run(Map<String, String> config, Consumer<Context> program) {
        return PulumiTestInternal.builder()
                .options(TestOptions.builder().projectName("rootmail").stackName("test").build())
                .config(config, Set.copyOf(config.keySet()))
                .mocks(new RecordingMocks())
                .build()
                .runTest(program);
    }

    private final class RecordingMocks implements Mocks {
        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            registered.add(args);
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
        }
    }
}
