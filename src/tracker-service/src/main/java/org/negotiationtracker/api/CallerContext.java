package org.negotiationtracker.api;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps a request's event loop free: CPU-heavy work goes to a worker thread, and an answer that completes on another
 * thread (the log's writer) comes back to the event loop, so the response is built and written there and the writer
 * goes straight on to the next commit.
 */
final class CallerContext {

    private CallerContext() {
    }

    /** Runs {@code work} on a worker thread and follows the answer it starts. */
    static <T> CompletionStage<T> offEventLoop(Supplier<CompletionStage<T>> work) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return work.get();
        }
        return caller.executeBlocking(work::get, false).toCompletionStage().thenCompose(Function.identity());
    }

    static <T> CompletionStage<T> resumeOnCaller(CompletionStage<T> answer) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return answer;
        }
        CompletableFuture<T> resumed = new CompletableFuture<>();
        answer.whenComplete((value, failure) -> caller.runOnContext(ignored -> {
            if (failure == null) {
                resumed.complete(value);
            } else {
                resumed.completeExceptionally(failure instanceof CompletionException wrapped
                        && wrapped.getCause() != null ? wrapped.getCause() : failure);
            }
        }));
        return resumed;
    }
}
