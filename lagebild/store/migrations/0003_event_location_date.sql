-- Schema version 3: where and when each event happened (Event.location, Event.date).
ALTER TABLE events ADD COLUMN location_name VARCHAR;
ALTER TABLE events ADD COLUMN location_country VARCHAR;
ALTER TABLE events ADD COLUMN location_admin1 VARCHAR;
ALTER TABLE events ADD COLUMN location_lat DOUBLE;
ALTER TABLE events ADD COLUMN location_lon DOUBLE;
ALTER TABLE events ADD COLUMN location_text VARCHAR;
ALTER TABLE events ADD COLUMN location_start INTEGER;
ALTER TABLE events ADD COLUMN location_end INTEGER;
ALTER TABLE events ADD COLUMN location_source VARCHAR;
ALTER TABLE events ADD COLUMN date_start DATE;
ALTER TABLE events ADD COLUMN date_end DATE;
ALTER TABLE events ADD COLUMN date_precision VARCHAR;
ALTER TABLE events ADD COLUMN date_text VARCHAR;
ALTER TABLE events ADD COLUMN date_start_char INTEGER;
ALTER TABLE events ADD COLUMN date_end_char INTEGER;
ALTER TABLE events ADD COLUMN date_source VARCHAR;
