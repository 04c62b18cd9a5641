package pl.zmp.tracker.allinone;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AllInOneSettingsTest {

    @Test
    void defaultsToTheDataFolderAndTheUsualPorts() {
        assertThat(AllInOne.settings()).isEqualTo(new AllInOneSettings(Path.of("data"), 8081, 8082, 8080, 0, true));
    }

    @Test
    void takesSettingsFromArguments() {
        assertThat(AllInOne.settings("--tracker.data-dir=/srv/tracker", "--tracker.command-port=9081",
                "--tracker.query-port=9082", "--tracker.console-port=9080", "--tracker.mongo-port=27018", "--tracker.load-seed=false"))
                .isEqualTo(new AllInOneSettings(Path.of("/srv/tracker"), 9081, 9082, 9080, 27018, false));
    }
}
