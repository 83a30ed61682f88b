package com.rootmail.infra.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Pulumi.yaml and a stack file the way Pulumi hands configuration to the program. */
class PulumiProjectTest {

    @TempDir
    Path root;

    @Test
    void projectIsFoundFromASubdirectoryAndItsMainIsTheProgramDirectory() throws Exception {
        Files.writeString(root.resolve("Pulumi.yaml"), "name: rootmail\nruntime: java\nmain: infra/\n");
        Path deep = Files.createDirectories(root.resolve("infra/src/main"));

        PulumiProject project = PulumiProject.find(deep);

        assertThat(project.root()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(project.programDir()).isEqualTo(root.resolve("infra").toAbsolutePath().normalize());
    }

    @Test
    void stackValuesArePassedAsPulumiDoesListsAsJsonBareKeysInTheProjectNamespace() throws Exception {
        Files.writeString(root.resolve("Pulumi.yaml"), "name: rootmail\nruntime: java\n");
        Files.writeString(root.resolve("Pulumi.dev.yaml"), """
                config:
                  aws:region: eu-central-1
                  domain: aws.mycompany.test
                  rootmail:recipients: [root@aws.mycompany.test, aws@aws.mycompany.test]
                  rootmail:replaceActiveRuleSet: true
                  rootmail:logRetentionDays: 30
                """);

        var config = PulumiProject.at(root).stackConfig("dev", Map.of());

        assertThat(config)
                .containsEntry("aws:region", "eu-central-1")
                .containsEntry("rootmail:domain", "aws.mycompany.test")
                .containsEntry("rootmail:recipients", "[\"root@aws.mycompany.test\",\"aws@aws.mycompany.test\"]")
                .containsEntry("rootmail:replaceActiveRuleSet", "true")
                .containsEntry("rootmail:logRetentionDays", "30");
    }

    @Test
    void secretsCannotBeDecryptedOfflineAndAskForAnOverride() throws Exception {
        Files.writeString(root.resolve("Pulumi.yaml"), "name: rootmail\n");
        Files.writeString(root.resolve("Pulumi.dev.yaml"), "config:\n  rootmail:kmsKeyArn:\n    secure: AAABAxyz\n");

        assertThatThrownBy(() -> PulumiProject.at(root).stackConfig("dev", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rootmail:kmsKeyArn is a secret that cannot be decrypted here; "
                        + "override it with --config rootmail:kmsKeyArn=<value>");
    }

    @Test
    void anOverriddenSecretNeedsNoDecryption() throws Exception {
        Files.writeString(root.resolve("Pulumi.yaml"), "name: rootmail\n");
        Files.writeString(root.resolve("Pulumi.dev.yaml"),
                "config:\n  rootmail:kmsKeyArn:\n    secure: AAABAxyz\n  rootmail:domain: aws.mycompany.test\n");

        var config = PulumiProject.at(root).stackConfig("dev", Map.of("kmsKeyArn", "arn:aws:kms:eu-west-1:123456789012:key/k"));

        assertThat(config).containsEntry("rootmail:kmsKeyArn", "arn:aws:kms:eu-west-1:123456789012:key/k")
                .containsEntry("rootmail:domain", "aws.mycompany.test");
    }

    @Test
    void aDirectoryWithoutPulumiYamlIsNotAProject() {
        assertThatThrownBy(() -> PulumiProject.at(root)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no Pulumi.yaml in ");
    }

    @Test
    void findingAProjectWhereThereIsNoneSaysWhereItLookedAndWhatToDo() throws Exception {
        Path below = Files.createDirectories(root.resolve("somewhere/else"));

        assertThatThrownBy(() -> PulumiProject.find(below)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no Pulumi.yaml in " + below + " or above it")
                .hasMessageContaining("--project-dir");
    }

    @Test
    void stackNameCannotReachOutsideTheProject() throws Exception {
        Files.writeString(root.resolve("Pulumi.yaml"), "name: rootmail\n");

        assertThatThrownBy(() -> PulumiProject.at(root).stackConfig("../../etc/dev", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'../../etc/dev' is not a stack name");
    }
}
