package pl.zmp.tracker.command.axon;

/**
 * What a client may add to a command: the aggregate version it expects ({@code If-Match}) and a
 * key that makes retries safe ({@code Idempotency-Key}). Both optional.
 */
public record CommandOptions(Long expectedVersion, String idempotencyKey) {

    public static final CommandOptions NONE = new CommandOptions(null, null);

    public static CommandOptions idempotent(String idempotencyKey) {
        return new CommandOptions(null, idempotencyKey);
    }
}
