package pl.zmp.tracker.command.axon;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;
import pl.zmp.tracker.command.municipality.RegisterMunicipality;
import pl.zmp.tracker.command.municipality.RenameMunicipality;
import pl.zmp.tracker.command.organisation.RegisterOrganisation;
import pl.zmp.tracker.command.project.AddBudgetLine;
import pl.zmp.tracker.command.project.RegisterProject;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands that take no cross-instance lock: exactly those an aggregate's constructor handles. */
@CommandServiceIntegrationTest
class CreationCommandsTest {

    @Autowired
    AggregateClasses aggregates;

    @Test
    void commandsHandledByAConstructorCreateAndOthersDoNot() {
        assertThat(CrossInstanceTurns.creationCommands(aggregates))
                .contains(RegisterOrganisation.class, RegisterProject.class, RegisterMunicipality.class)
                .doesNotContain(RenameMunicipality.class, AddBudgetLine.class);
    }
}
