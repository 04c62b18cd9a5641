package pl.zmp.tracker.command.web;

import org.springframework.http.ResponseEntity;
import pl.zmp.tracker.command.axon.CommandReceipt;

import java.net.URI;

/** How command endpoints answer: the receipt, with the aggregate's new version as ETag. */
public final class CommandResponses {

    private CommandResponses() {
    }

    public static ResponseEntity<CommandReceipt> created(String collectionPath, CommandReceipt receipt) {
        return ResponseEntity.created(URI.create(collectionPath + "/" + receipt.aggregateId()))
                .eTag(Long.toString(receipt.version()))
                .body(receipt);
    }

    public static ResponseEntity<CommandReceipt> accepted(CommandReceipt receipt) {
        return ResponseEntity.ok().eTag(Long.toString(receipt.version())).body(receipt);
    }
}
