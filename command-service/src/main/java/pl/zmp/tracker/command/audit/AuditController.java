package pl.zmp.tracker.command.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.platform.web.InvalidFieldException;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
class AuditController {

    private final AuditVerifier verifier;
    private final AuditSealer sealer;

    AuditController(AuditVerifier verifier, AuditSealer sealer) {
        this.verifier = verifier;
        this.sealer = sealer;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chains from the stored events",
            description = "Without aggregateId: every aggregate's chain and the global seal chain. With it: that"
                    + " aggregate's chain and the seals of its events. 200 with verified and the first broken link;"
                    + " 400 for a blank aggregateId; 404 NOT_FOUND if the log holds no such aggregate.")
    Verification verify(@Parameter(description = "verify one aggregate only")
                        @RequestParam(required = false) String aggregateId) {
        if (aggregateId == null) {
            return verifier.verifyAll();
        }
        if (aggregateId.isBlank()) {
            throw new InvalidFieldException("aggregateId", "must not be blank");
        }
        Verification verification = verifier.verifyAggregate(aggregateId);
        if (verification == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "the event log holds no aggregate " + aggregateId);
            problem.setTitle("Not found");
            problem.setProperty("code", "NOT_FOUND");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
        return verification;
    }

    @PostMapping("/seal")
    @Operation(summary = "Seal the settled events now",
            description = "Extends the global seal chain over every event older than tracker.audit.settle-time;"
                    + " the sealer also runs every tracker.audit.seal-interval. 200 with what was sealed.")
    SealReport seal() {
        return sealer.seal();
    }
}
