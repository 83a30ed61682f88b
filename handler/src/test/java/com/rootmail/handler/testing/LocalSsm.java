package com.rootmail.handler.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * A local SSM endpoint on loopback that records every request as it arrives and answers
 * like SSM: CreateOpsItem with OpsCenter's dedup (a second item with the same dedup string
 * gets OpsItemAlreadyExistsException), PutParameter with a version. Scripted failures
 * (throttling, limits, 500s) can be queued per operation.
 */
public final class LocalSsm implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived. */
    public record Request(String method, String path, String target, String contentType, String authorization,
                          JsonNode body, String rawBody) {
        public String operation() {
            return target == null ? "" : target.replaceFirst("^AmazonSSM\\.", "");
        }
    }

    private record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Deque<Reply>> scripted = new HashMap<>();
    private final Map<String, String> opsItemsByDedup = new HashMap<>();

    public LocalSsm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A real SDK client for this endpoint, with quick retries so that retry tests stay fast. */
    public SsmClient client(String region) {
        return SsmClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local-secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                        .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                        .circuitBreakerEnabled(false)
                        .build()))
                .build();
    }

    /** The next {@code times} calls of {@code operation} fail with an SSM error of {@code type}. */
    public synchronized void failNext(String operation, int times, int status, String type) {
        for (int i = 0; i < times; i++) {
            scripted.computeIfAbsent(operation, k -> new ArrayDeque<>())
                    .add(new Reply(status, "{\"__type\":\"" + type + "\",\"message\":\"scripted " + type + "\"}"));
        }
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Request> requests(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    /** Distinct OpsItems that exist, as OpsCenter would hold them. */
    public synchronized int opsItemCount() {
        return opsItemsByDedup.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                raw.isEmpty() ? JSON.nullNode() : JSON.readTree(raw), raw);
        Reply reply = answer(request);
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private synchronized Reply answer(Request request) {
        requests.add(request);
        Deque<Reply> queue = scripted.get(request.operation());
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        return switch (request.operation()) {
            case "CreateOpsItem" -> createOpsItem(request.body());
            case "PutParameter" -> new Reply(200, "{\"Version\":1,\"Tier\":\"Advanced\"}");
            default -> new Reply(400, "{\"__type\":\"InvalidAction\",\"message\":\"not served here\"}");
        };
    }

    private Reply createOpsItem(JsonNode body) {
        String dedup = body.path("OperationalData").path("/aws/dedup").path("Value").asText("");
        String existing = opsItemsByDedup.get(dedup);
        if (!dedup.isEmpty() && existing != null) {
            return new Reply(400, "{\"__type\":\"OpsItemAlreadyExistsException\",\"Message\":\"exists\",\"OpsItemId\":\""
                    + existing + "\"}");
        }
        String id = "oi-" + String.format("%012x", requests.size());
        opsItemsByDedup.put(dedup.isEmpty() ? id : dedup, id);
        return new Reply(200, "{\"OpsItemId\":\"" + id + "\",\"OpsItemArn\":\"arn:aws:ssm:x:1:opsitem/" + id + "\"}");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
