package com.rootmail.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.rootmail.handler.aws.AwsEdges;
import com.rootmail.handler.classify.Classifier;
import com.rootmail.handler.mail.MimeMailParser;
import com.rootmail.handler.notification.MailLocator;
import com.rootmail.handler.opsitem.OpsItemComposer;
import com.rootmail.handler.pipeline.Assessor;
import com.rootmail.handler.pipeline.Pipeline;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The Lambda function: an SQS batch of SES notifications in, one OpsItem per mail out,
 * only the failed messages reported back. Wiring only; configuration is described in
 * {@link HandlerConfig}. Handler string: {@code com.rootmail.handler.RootMailHandler::handleRequest}.
 *
 * <pre>{@code
 * RootMailHandler handler = new RootMailHandler(); // reads the environment, builds the clients once
 * SQSBatchResponse failed = handler.handleRequest(sqsEvent, context);
 * }</pre>
 */
public final class RootMailHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    /** The OpsItem source when OPSITEM_SOURCE is not set. */
    public static final String DEFAULT_OPSITEM_SOURCE = "RootMail";

    private final SqsBatch batch;

    /** Used by the Lambda runtime: configuration from the environment, real AWS clients. */
    public RootMailHandler() {
        this(HandlerConfig.fromEnvironment(System.getenv()));
    }

    private RootMailHandler(HandlerConfig config) {
        this(new SqsBatch(pipeline(config, AwsEdges.forLambda(config.homeRegion()), Clock.systemUTC())));
    }

    /** For tests and other hosts: a batch over any pipeline. */
    public RootMailHandler(SqsBatch batch) {
        this.batch = Objects.requireNonNull(batch, "batch");
    }

    /** The pipeline the Lambda runs, over the given edges; the same assessment as {@code rootmail classify}. */
    public static Pipeline pipeline(HandlerConfig config, AwsEdges edges, Clock clock) {
        return new Pipeline(
                new MailLocator(config.mailBucket(), config.mailPrefix()),
                edges.mails(),
                assessor(config.opsItemSource(), config.opsItemTopicArn()),
                edges.secrets(),
                edges.opsItems(),
                config.secretTtl(),
                clock);
    }

    /** Parsing, classification and OpsItem composition, as the Lambda does them. */
    public static Assessor assessor(String opsItemSource, Optional<String> topicArn) {
        return new Assessor(new MimeMailParser(), new Classifier(), new OpsItemComposer(opsItemSource, topicArn));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return batch.process(event, context.getLogger());
    }
}
