package kz.shamy.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NodeNameTests {

    @Test
    void byDefaultTheHostAndTheDataFolderNameTheNodeSoARestartOnTheSameFolderIsTheSameNode() {
        String folder = Path.of("data").toAbsolutePath().normalize().toString();
        assertThat(new NodeName("", "school-host", "./data").name()).isEqualTo("school-host:" + folder);
        assertThat(new NodeName(" ", "school-host", "data/../data").name()).isEqualTo("school-host:" + folder);
        assertThat(new NodeName("", "school-host", "./data2").name()).isNotEqualTo("school-host:" + folder);
    }

    @Test
    void aConfiguredNameWinsAndALongFolderIsShortenedToItsDigest() {
        assertThat(new NodeName(" node-a ", "host", "./data").name()).isEqualTo("node-a");
        String deep = "/srv/" + "folder/".repeat(40);
        String name = new NodeName("", "host", deep).name();
        assertThat(name).startsWith("host:").hasSize("host:".length() + 24);
        assertThat(new NodeName("", "host", deep).name()).isEqualTo(name);
        assertThatThrownBy(() -> new NodeName("n".repeat(201), "host", "./data"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
    }
}
