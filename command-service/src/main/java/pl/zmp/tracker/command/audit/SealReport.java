package pl.zmp.tracker.command.audit;

/**
 * What one sealing run did.
 *
 * @param sealed        rows added to the seal chain (events and gaps)
 * @param sealedThrough the highest sealed global index, null while nothing is sealed
 * @param chainHash     the chain hash at that index: note it elsewhere to anchor the log
 */
public record SealReport(int sealed, Long sealedThrough, String chainHash) {
}
