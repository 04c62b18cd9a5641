package pl.zmp.tracker.allinone;

/** Runs the tracker on a laptop: {@code java -jar all-in-one.jar [--tracker.data-dir=data]}. */
public final class AllInOneApplication {

    private AllInOneApplication() {
    }

    public static void main(String[] args) {
        AllInOne allInOne = AllInOne.start(args);
        Runtime.getRuntime().addShutdownHook(new Thread(allInOne::close, "all-in-one-shutdown"));
    }
}
