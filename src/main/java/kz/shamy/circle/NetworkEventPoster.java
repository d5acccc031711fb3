package kz.shamy.circle;

import jakarta.persistence.Embeddable;

/** A poster one teacher presented at a network event. */
@Embeddable
public class NetworkEventPoster {

    /** The presenting teacher's username. */
    private String teacherId;
    private String posterTitle;

    protected NetworkEventPoster() {
    }

    NetworkEventPoster(String teacherId, String posterTitle) {
        this.teacherId = teacherId;
        this.posterTitle = posterTitle;
    }

    public String getTeacherId() {
        return teacherId;
    }

    public String getPosterTitle() {
        return posterTitle;
    }
}
