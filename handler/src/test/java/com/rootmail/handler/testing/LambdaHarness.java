package com.rootmail.handler.testing;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.rootmail.handler.HandlerConfig;
import com.rootmail.handler.RootMailHandler;
import com.rootmail.handler.SqsBatch;
import com.rootmail.handler.aws.AwsEdges;
import com.rootmail.handler.aws.S3MailSource;
import com.rootmail.handler.aws.SsmOpsItemSink;
import com.rootmail.handler.aws.SsmSecretStore;
import com.rootmail.handler.classify.Verdicts;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The Lambda handler as deployed, but over loopback servers: s3proxy holds the mails and
 * {@link LocalSsm} plays SSM in the home region. Everything between them is production code
 * and the real SDK clients.
 */
public final class LambdaHarness implements AutoCloseable {

    public static final String BUCKET = "rootmail-mail";
    public static final String HOME_REGION = "eu-central-1";
    public static final Instant NOW = Instant.parse("2026-12-04T10:00:05Z");

    private final LocalSsm ssm;
    private final SsmClient ssmClient;
    private final RootMailHandler handler;
    private final TestContext context = new TestContext();

    public LambdaHarness() throws IOException {
        this(Map.of());
    }

    public LambdaHarness(Map<String, String> extraEnvironment) throws IOException {
        ssm = new LocalSsm();
        ssmClient = ssm.client(HOME_REGION);
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME_REGION", HOME_REGION, "MAIL_BUCKET", BUCKET));
        env.putAll(extraEnvironment);
        HandlerConfig config = HandlerConfig.fromEnvironment(env);
        AwsEdges edges = new AwsEdges(new S3MailSource(LocalS3.client()), new SsmSecretStore(ssmClient),
                new SsmOpsItemSink(ssmClient));
        handler = new RootMailHandler(new SqsBatch(RootMailHandler.pipeline(config, edges,
                Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    public LocalSsm ssm() {
        return ssm;
    }

    public TestContext context() {
        return context;
    }

    /** Stores a raw mail where SES would: {@code inbound/<messageId>} in the mail bucket. */
    public void store(String messageId, byte[] rawMail) {
        LocalS3.put(BUCKET, "inbound/" + messageId, rawMail);
    }

    /** The notification SES would send for a stored mail. */
    public static String notificationFor(String messageId, Verdicts verdicts) {
        return Notifications.received(messageId, BUCKET, "inbound/" + messageId, verdicts);
    }

    /** One Lambda invocation; SQS message ids are sqs-1, sqs-2, ... in body order. */
    public SQSBatchResponse deliver(String... bodies) {
        return handler.handleRequest(SqsEvents.of(bodies), context);
    }

    public static List<String> failedIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    @Override
    public void close() {
        ssmClient.close();
        ssm.close();
    }
}
