package com.rootmail.infra.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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

        var config = PulumiProject.at(root).stackConfig("dev");

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

        assertThatThrownBy(() -> PulumiProject.at(root).stackConfig("dev"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rootmail:kmsKeyArn is a secret the offline plan cannot decrypt; "
                        + "override it with --config rootmail:kmsKeyArn=<value>");
    }

    @Test
    void aDirectoryWithoutPulumiYamlIsNotAProject() {
        assertThatThrownBy(() -> PulumiProject.at(root)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no Pulumi.yaml in ");
    }
}
