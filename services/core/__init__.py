"""What every Armswatch service needs: settings, logging, topics, Kafka plumbing, the embedded broker."""
