package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** An exact amount in an ISO 4217 currency, as a request states it. */
@Schema(description = "an exact decimal amount in an ISO 4217 currency")
record MoneyRequest(
        @Schema(example = "10900000.00") @NotNull @DecimalMin("0")
        @Digits(integer = 15, fraction = 2, message = "must have at most 15 digits and 2 decimals") BigDecimal amount,
        @Schema(example = "PLN") @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency) {

    /** @param field where the amount sits in the body, to name it when the currency refuses it */
    Money toMoney(String field) {
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field + ".currency", "not an ISO 4217 currency: " + currency);
        }
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field + ".amount", e.getMessage());
        }
    }
}
