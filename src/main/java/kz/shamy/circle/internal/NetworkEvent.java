package kz.shamy.circle.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The network event where the circle's teachers present their posters. */
@Entity
public class NetworkEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long circleId;
    private LocalDate heldOn;
    private String place;
    @ElementCollection
    @CollectionTable(name = "poster_presentation", joinColumns = @JoinColumn(name = "network_event_id"))
    private List<NetworkEventPoster> posters = new ArrayList<>();

    protected NetworkEvent() {
    }

    NetworkEvent(Long circleId, LocalDate heldOn, String place, Collection<NetworkEventPoster> posters) {
        this.circleId = circleId;
        this.heldOn = heldOn;
        this.place = place;
        this.posters.addAll(posters);
    }

    public Long getId() {
        return id;
    }

    public Long getCircleId() {
        return circleId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public List<NetworkEventPoster> getPosters() {
        return List.copyOf(posters);
    }
}
