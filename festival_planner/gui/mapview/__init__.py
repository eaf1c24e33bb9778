"""The country map: a QGraphicsScene of the offline basemap, communes as points, campaign sites."""
