"""Texts of the planning parameters saved with a campaign: the travel model."""

from __future__ import annotations

VI = {
    "travel_bad_value": "{field_key} phải từ {low} đến {high} (đang đặt {value}).",
    "travel_bad_window": "Giờ kết thúc di chuyển trong ngày ({end}) phải sau giờ bắt đầu ({start}).",
    "stale_campaign_planning": "Thông số di chuyển của năm này vừa được người khác sửa; hãy tải lại rồi sửa tiếp.",
    "travel_field.road_factor": "Hệ số đường bộ, đồng bằng",
    "travel_field.mountain_road_factor": "Hệ số đường bộ, miền núi",
    "travel_field.lowland_speed_kmh": "Tốc độ đoàn xe, đồng bằng (km/giờ)",
    "travel_field.mountain_speed_kmh": "Tốc độ đoàn xe, miền núi (km/giờ)",
    "travel_field.flight_speed_kmh": "Tốc độ bay (km/giờ)",
    "travel_field.airport_overhead_h": "Thủ tục sân bay (giờ)",
    "travel_field.min_flight_km": "Chỉ bay khi xa hơn (km)",
}

EN = {
    "travel_bad_value": "{field_key} must be from {low} to {high} (it is {value}).",
    "travel_bad_window": "The daily travel window must end ({end}) after it starts ({start}).",
    "stale_campaign_planning": "Someone else just changed this year's travel model; reload and try again.",
    "travel_field.road_factor": "Road factor, lowland",
    "travel_field.mountain_road_factor": "Road factor, mountain",
    "travel_field.lowland_speed_kmh": "Convoy speed, lowland (km/h)",
    "travel_field.mountain_speed_kmh": "Convoy speed, mountain (km/h)",
    "travel_field.flight_speed_kmh": "Flight speed (km/h)",
    "travel_field.airport_overhead_h": "Airport formalities (hours)",
    "travel_field.min_flight_km": "Fly only beyond (km)",
}
