package com.rootmail.infra.automation;

/**
 * The {@code pulumi} CLI, which the Automation API drives, is not on {@code PATH}. An
 * {@link IllegalArgumentException}, so that {@code ./rootmail} reports it as bad input: one
 * line, exit 2.
 *
 * <pre>{@code
 * try (RootMailStack stack = RootMailStacks.local(project).open("dev", Map.of(), System.out::println)) {
 *     stack.preview(List.of());
 * } catch (PulumiCliMissingException e) {
 *     System.err.println(e.getMessage());   // what is missing and how to get it
 * }
 * }</pre>
 */
public final class PulumiCliMissingException extends IllegalArgumentException {

    static final String MESSAGE = "the pulumi CLI is not on PATH; install it (https://www.pulumi.com/docs/iac/download-install/,"
            + " e.g. curl -fsSL https://get.pulumi.com | sh, then add ~/.pulumi/bin to PATH) and run again;"
            + " ./rootmail plan works offline without it";

    PulumiCliMissingException() {
        super(MESSAGE);
    }
}
